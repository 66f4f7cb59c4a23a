namespace Portale.Core.DailyReports;

/// <summary>The report's words, as in the manual (ch. 10, fig. 17 and 18).</summary>
public static class DailyReportTexts
{
    public const string Heading = "SPORTELLO PER IL CONSUMATORE ENERGIA E AMBIENTE";
    public const string Authority = "ARERA - Autorità di Regolazione per Energia Reti e Ambiente";
    public const string Phone = "800 166 654";
    public const string Company = "Esercente:";
    public const string PublishedLetters = "Nuove Lettere Pubblicate dallo Sportello per il Consumatore";
    public const string Downloads = "Lettere Scaricate dall'Esercente";
    public const string Answers = "Risposte inviate dall'Esercente";
    public const string Communications = "Comunicazioni inviate dall'Esercente";
    public const string Errors = "Errori";
    public const string Reminders = "Nuovi Solleciti Ricevuti";
    public const string Nothing = "Nessuna operazione.";

    public const string Body = "Si trasmette, in allegato, quanto in oggetto.\r\n\r\nCordiali Saluti\r\nSportello per il consumatore Energia e Ambiente\r\n";

    public static string Title(DateOnly day) => $"Riepilogo operazioni del giorno: {Date(day)}";

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => RomeTime.ToRome(instant).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset instant) => RomeTime.ToRome(instant).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
