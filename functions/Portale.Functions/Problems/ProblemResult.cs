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

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = Status;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }
        var body = new ProblemBody(Status, Title, Code, Errors);
        await response.WriteAsJsonAsync(body, PortaleJson.Options, "application/problem+json; charset=utf-8");
    }

    private sealed record ProblemBody(int Status, string Title, string Code, IReadOnlyDictionary<string, string[]>? Errors);
}
