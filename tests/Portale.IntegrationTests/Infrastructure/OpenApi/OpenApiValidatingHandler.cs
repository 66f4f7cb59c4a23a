using System.Text.RegularExpressions;

namespace Portale.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// Sits in every test client of the local host: each response to an API route is checked against
/// openapi.json (operation by method and path template, then status, media type and JSON schema), and a
/// mismatch fails the request with an <see cref="OpenApiMismatchException"/> naming what differs.
/// Routes of the test-only functions (<paramref name="testRoutes"/>) are not the API's and are skipped.
/// </summary>
public sealed class OpenApiValidatingHandler(OpenApiContract contract, IReadOnlyList<Regex> testRoutes, HttpMessageHandler inner)
    : DelegatingHandler(inner)
{
    private static readonly Lock SurveyLock = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var answered = response.RequestMessage ?? request;
        var path = answered.RequestUri!.AbsolutePath;
        if (!path.StartsWith(contract.BasePath + "/", StringComparison.Ordinal) || testRoutes.Any(r => r.IsMatch(path)))
        {
            return response;
        }
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var operation = contract.Find(answered.Method.Method, path[contract.BasePath.Length..]);
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var mismatches = contract.Check(operation, status, mediaType, body);
        if (mismatches.Count == 0)
        {
            return response;
        }
        var message = $"{answered.Method} {path} ({operation?.ToString() ?? "no documented operation"}) answered {status} " +
            $"{mediaType ?? "without content"}, which openapi.json does not describe:{Environment.NewLine}  " +
            string.Join(Environment.NewLine + "  ", mismatches) + Environment.NewLine + "Body: " + Shorten(body);
        // Surveying after a large change: PORTALE_OPENAPI_MISMATCHES=<file> lists every mismatch of a run there
        // instead of failing at the first one.
        if (Environment.GetEnvironmentVariable("PORTALE_OPENAPI_MISMATCHES") is { Length: > 0 } survey)
        {
            lock (SurveyLock)
            {
                File.AppendAllText(survey, message + Environment.NewLine + Environment.NewLine);
            }
            return response;
        }
        response.Dispose();
        throw new OpenApiMismatchException(message);
    }

    private static string Shorten(string body) => body.Length <= 2000 ? body : body[..2000] + "…";
}
