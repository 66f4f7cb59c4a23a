namespace Portale.Core.Accounts.Texts;

/// <summary>The SMS texts: who sends them, the code and how long it lasts, or what changed on the account.</summary>
public static class AccountSms
{
    private const string Sender = "Sportello per il consumatore Energia e Ambiente: ";
    private const string NotYou = "Se non l'ha richiesta Lei, scriva subito a assistenzaotp-accesso@acquirenteunico.it.";

    public static string Otp(string code) => Code($"il codice OTP per l'accesso al Portale è {code}");

    public static string VerificationCode(string code) =>
        Code($"il codice di verifica del nuovo recapito mobile è {code}");

    public static string MobileChangeCode(string code) =>
        Code($"per confermare la modifica del recapito mobile inserire il codice {code}") + " " + NotYou;

    public static string ClientCreationCode(string code) =>
        Code($"per confermare la creazione delle credenziali di un sistema collegato inserire il codice {code}") +
            " " + NotYou;

    /// <summary>To the current number, when a change of mobile is confirmed by its emailed link.</summary>
    public static string MobileChangeConfirmed(string username) =>
        $"{Sender}è stata confermata la modifica del recapito mobile dell'account {username}. {NotYou}";

    /// <summary>To the old number, once the new one is saved.</summary>
    public static string MobileChanged(string username) =>
        $"{Sender}il recapito mobile dell'account {username} è stato modificato: questo numero non riceverà più i " +
            $"codici di accesso. {NotYou}";

    private static string Code(string what) => $"{Sender}{what}. Valido 5 minuti.";
}
