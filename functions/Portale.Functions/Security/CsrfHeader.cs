namespace Portale.Functions.Security;

/// <summary>
/// State-changing calls of a session carry a header that a cross-site form cannot send (with the
/// SameSite=Strict cookie, the portal's defence against CSRF).
/// </summary>
public static class CsrfHeader
{
    public const string Name = "X-Requested-With";
    public const string Value = "portale";
    public const string Refused = "Richiesta non valida: ricaricare la pagina e riprovare.";

    public static void Require(HttpRequest request)
    {
        if (request.Headers[Name] != Value)
        {
            throw RefusalException.Forbidden("csrf", Refused);
        }
    }
}
