using System.Security.Cryptography;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>
/// A registration form that passes every rule. All test operators share one codice fiscale (Mario
/// Rossi, confirmed) so any number of them may register; each has its own mobile and email.
/// </summary>
public sealed record TestOperator(string Username, string Email, string Mobile, string FiscalCode = TestOperator.DefaultFiscalCode)
{
    public const string DefaultFiscalCode = "RSSMRA85T10A562S";
    public const string Password = "Kq7!mZp2#Wx";
    public const string NewPassword = "Tr9$vLx4@Qe";

    public static TestOperator New(string? username = null)
    {
        var name = username ?? $"op-{Guid.NewGuid():N}"[..20];
        return new TestOperator(name, $"{name.Replace('$', 'x').Replace('*', 'x').Replace('!', 'x').Replace('@', 'x')}@example.com", NewMobile());
    }

    public static string NewMobile() => "+39333" + RandomNumberGenerator.GetInt32(1_000_000, 9_999_999);

    public object Form(string captcha, bool fiscalCodeConfirmed = true, string? mobile = null, string? fiscalCode = null) => new
    {
        username = Username,
        firstName = "Mario",
        lastName = "Rossi",
        email = Email,
        birthDate = "1985-12-10",
        sex = "M",
        birthplaceCode = "H501",
        fiscalCode = fiscalCode ?? FiscalCode,
        mobile = mobile ?? Mobile,
        howHeard = "Passaparola",
        privacyConsent = true,
        fiscalCodeConfirmed,
        captcha,
    };

    public static string RandomAddress() => $"10.{RandomNumberGenerator.GetInt32(256)}.{RandomNumberGenerator.GetInt32(256)}.{RandomNumberGenerator.GetInt32(1, 255)}";
}
