namespace Portale.Functions.Clients;

/// <summary>
/// The token endpoint's errors as RFC 6749 §5.2 writes them (<c>{ error, error_description }</c>), not
/// problem+json: OAuth client libraries read these. The description is Italian, as every message of the portal.
/// </summary>
public static class OAuthError
{
    public static IActionResult Of(int status, string error, string description, HttpResponse response)
    {
        if (status == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Basic realm=\"portale\"";
        }
        return new JsonResult(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description })
        {
            StatusCode = status,
        };
    }
}
