using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portale.Core.Refusals;

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
        "Si è verificato un errore tecnico. Riprova tra qualche minuto; se il problema persiste contatta l'Help Desk.";

    private ProblemResult(int status, string code, string title, IReadOnlyDictionary<string, string[]>? errors)
    {
        Status = status;
        Code = code;
        Title = title;
        Errors = errors;
    }

    public int Status { get; }
    public string Code { get; }
    public string Title { get; }
    public IReadOnlyDictionary<string, string[]>? Errors { get; }
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra members of the problem (RFC 9457 extensions), e.g. the warnings to confirm.</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public static ProblemResult For(RefusalException refusal)
    {
        var problem = new ProblemResult(RefusalStatus.Of(refusal.Kind), refusal.Code, refusal.Title, refusal.Errors);
        foreach (var (name, value) in refusal.Extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }
        if (refusal.RetryAfter is { } retry)
        {
            problem.Headers["Retry-After"] = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        return problem;
    }

    /// <summary>The answer to a failure nobody expected (logged by the middleware): never a refusal.</summary>
    public static ProblemResult InternalError() =>
        new(StatusCodes.Status500InternalServerError, "internal-error", InternalErrorTitle, null);

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }
        var body = new Dictionary<string, object?>(Extensions, StringComparer.Ordinal)
        {
            ["status"] = Status,
            ["title"] = Title,
            ["code"] = Code,
        };
        if (Errors is not null)
        {
            body["errors"] = Errors;
        }
        await response.WriteAsJsonAsync(body, PortaleJson.Options, ContentType);
    }
}
