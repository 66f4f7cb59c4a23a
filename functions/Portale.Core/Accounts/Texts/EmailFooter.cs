namespace Portale.Core.Accounts.Texts;

internal static class EmailFooter
{
    public const string Signature = "Sportello per il consumatore Energia e Ambiente";

    public const string Contacts =
        "Per ulteriori informazioni può contattare il Numero Verde 800.166.654, attivo dal lunedì al venerdì dalle 8 " +
            "alle 18 esclusi i festivi. " +
        "Nei giorni 29 giugno, 2 novembre, 24 e 31 dicembre il servizio non è attivo.";

    public const string NoReply =
        "Attenzione! Il messaggio è stato generato automaticamente. Si prega di non rispondere a questa e-mail.";

    public const string Reminder =
        "Desideriamo ricordarLe che dovrà aggiornare la sua password ogni 3 mesi e che il Suo account si disattiverà " +
            "automaticamente dopo 6 mesi di inattività sul Portale.\n\n" +
        "A tale proposito, sarà nostra cura informarla via e-mail 30 giorni prima della scadenza.";

    public static string Close(string body) => $"{body}\n\n{Signature}\n\n{Contacts}\n\n{NoReply}";
}
