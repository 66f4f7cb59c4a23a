namespace Portale.Core.Accounts.Texts;

/// <summary>Links in emails, under the portal's public address (<c>Portale:PublicBaseUrl</c>).</summary>
public sealed class AccountLinks(string publicBaseUrl)
{
    private readonly string root = publicBaseUrl.TrimEnd('/');

    public string ConfirmRegistration(string token) => $"{root}/api/accounts/confirm?token={token}";

    public string ConfirmMobileChange(string token) => $"{root}/api/accounts/mobile-change/confirm?token={token}";

    public string SignIn => $"{root}/";
}
