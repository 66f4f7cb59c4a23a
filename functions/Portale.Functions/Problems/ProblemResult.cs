using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portale.Functions.Problems;

/// <summary>An RFC 9457 problem answer: Italian title for people, stable code for machines.</summary>
public sealed class ProblemResult(int status, string code, string title, IReadOnlyDictionary<string, string[]>? errors = null)
    : IActionResult
{
    public int Status { get; } = status;
    public string Code { get; } = code;
    public string Title { get; } = title;
    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra members of the problem (RFC 9457 extensions), e.g. the warnings to confirm.</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
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
        await response.WriteAsJsonAsync(body, PortaleJson.Options, "application/problem+json; charset=utf-8");
    }
}
