namespace Portale.Core.Accounts.Texts;

/// <summary>
/// Links in emails, under the portal's public address (<c>Portale:PublicBaseUrl</c>). They open pages
/// of the web app, which call the API (<c>GET /api/accounts/confirm</c>,
/// <c>GET /api/accounts/mobile-change/confirm</c>) and show its answer in words, as the manual's
/// "pagina di conferma" does; a link straight to the API would show the person raw JSON.
/// </summary>
public sealed class AccountLinks(string publicBaseUrl)
{
    private readonly string root = publicBaseUrl.TrimEnd('/');

    public string ConfirmRegistration(string token) => $"{root}/registrazione/conferma?token={token}";

    public string ConfirmMobileChange(string token) => $"{root}/modifica-recapito-mobile/conferma?token={token}";

    public string SignIn => $"{root}/";
}
