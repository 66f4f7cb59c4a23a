namespace Portale.Core.Accounts.Texts;

/// <summary>The SMS texts: who sends them, the code and how long it lasts.</summary>
public static class AccountSms
{
    public static string Otp(string code) => Code($"il codice OTP per l'accesso al Portale è {code}");

    public static string VerificationCode(string code) =>
        Code($"il codice di verifica del nuovo recapito mobile è {code}");

    private static string Code(string what) =>
        $"Sportello per il consumatore Energia e Ambiente: {what}. Valido 5 minuti.";
}
