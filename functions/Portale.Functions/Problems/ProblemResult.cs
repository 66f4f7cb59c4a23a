using System.Globalization;

namespace Portale.Functions.Problems;

/// <summary>
/// An RFC 9457 problem answer: <c>status</c>, Italian <c>title</c> for people, stable <c>code</c> for
/// machines, <c>errors</c> by field when there are any, and the refusal's extra members. Serialised
/// with <see cref="PortaleJson.Options"/> like every other answer.
/// </summary>
public sealed class ProblemResult : IActionResult, IResult
{
    public const string ContentType = "application/problem+json; charset=utf-8";
    public const string InternalErrorTitle =
        "Si è verificato un errore tecnico. Riprovare tra qualche minuto; se il problema persiste, contattare l'Help Desk.";

    private readonly Dictionary<string, object?> body;
    private readonly string? retryAfter;

    private ProblemResult(int status, string code, string title, RefusalException? refusal = null)
    {
        Status = status;
        var extensions = refusal?.Extensions ?? new Dictionary<string, object?>();
        body = new Dictionary<string, object?>(extensions, StringComparer.Ordinal)
        {
            ["status"] = status,
            ["title"] = title,
            ["code"] = code,
        };
        if (refusal?.Errors is { } errors)
        {
            body["errors"] = errors;
        }
        retryAfter = refusal?.RetryAfter is { } retry
            ? ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture)
            : null;
    }

    public int Status { get; }

    public static ProblemResult For(RefusalException refusal) =>
        new(RefusalStatus.Of(refusal.Kind), refusal.Code, refusal.Title, refusal);

    /// <summary>The answer to a failure nobody expected (logged by the middleware): never a refusal.</summary>
    public static ProblemResult InternalError() =>
        new(StatusCodes.Status500InternalServerError, "internal-error", InternalErrorTitle);

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        if (retryAfter is not null)
        {
            response.Headers.RetryAfter = retryAfter;
        }
        await response.WriteAsJsonAsync(body, PortaleJson.Options, ContentType);
    }
}
