namespace Portale.Core.Accounts.Texts;

public static class AccountSms
{
    public static string Otp(string code) =>
        $"Sportello per il consumatore Energia e Ambiente: il codice OTP per l'accesso al Portale è {code}. Valido 5 " +
            "minuti.";

    public static string VerificationCode(string code) =>
        $"Sportello per il consumatore Energia e Ambiente: il codice di verifica del nuovo recapito mobile è {code}. " +
            "Valido 5 minuti.";
}
