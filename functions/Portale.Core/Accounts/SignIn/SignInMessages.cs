namespace Portale.Core.Accounts.SignIn;

public static class SignInMessages
{
    public const string InvalidCredentials = "Username o password non corretti.";
    public const string NotConfirmed = "La registrazione non è ancora stata confermata: cliccare sul link \"Conferma " +
        "Registrazione\" ricevuto via email.";
    public const string Deactivated = "L'utenza è disattivata perché non è stato effettuato un accesso da oltre 6 " +
        "mesi. La richiesta di ripristino deve essere inviata a HD-Portaleclienti@acquirenteunico.it dallo stesso " +
            "indirizzo email associato all'utenza.";
    public const string Locked = "L'accesso è bloccato per motivi di sicurezza dopo 5 codici OTP errati. Per lo " +
        "sblocco seguire le indicazioni delle FAQ o scrivere a assistenzaotp-accesso@acquirenteunico.it.";
    public const string ChallengeExpired = "La procedura di accesso è scaduta: inserire di nuovo username e password.";
    public const string OtpInvalid =
        "Il codice OTP inserito non è corretto. Dopo 5 tentativi errati l'autenticazione sarà bloccata per questioni " +
            "di sicurezza.";
    public const string OtpExpired = "Il codice OTP è scaduto: richiedere un nuovo invio con \"Reinvia codice OTP\".";
    public const string ResendLimit = "Previsti massimo n.3 reinvii del codice OTP: limite raggiunto. Per assistenza " +
        "scrivere a assistenzaotp-accesso@acquirenteunico.it.";
    public const string WrongStep = "Operazione non prevista in questa fase dell'accesso.";
}
