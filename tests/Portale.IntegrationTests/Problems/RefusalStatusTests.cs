using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portale.Core.Refusals;
using Portale.Functions.Problems;

namespace Portale.IntegrationTests.Problems;

/// <summary>The one mapping from a refusal's kind to its HTTP status, and the problem it becomes.</summary>
public sealed class RefusalStatusTests
{
    public static readonly TheoryData<RefusalKind, int> Statuses = new()
    {
        { RefusalKind.Validation, 422 },
        { RefusalKind.BadRequest, 400 },
        { RefusalKind.Unauthenticated, 401 },
        { RefusalKind.Forbidden, 403 },
        { RefusalKind.NotFound, 404 },
        { RefusalKind.Conflict, 409 },
        { RefusalKind.Gone, 410 },
        { RefusalKind.PayloadTooLarge, 413 },
        { RefusalKind.UnsupportedMediaType, 415 },
        { RefusalKind.Locked, 403 },
        { RefusalKind.TooManyRequests, 429 },
        { RefusalKind.Unavailable, 503 },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Each_kind_answers_its_status(RefusalKind kind, int status) => Assert.Equal(status, RefusalStatus.Of(kind));

    [Fact]
    public void Every_kind_has_a_status_in_the_table()
    {
        var listed = Statuses.Select(row => (RefusalKind)row[0]).ToHashSet();
        Assert.Equal(Enum.GetValues<RefusalKind>().ToHashSet(), listed);
    }

    [Fact]
    public async Task A_refusal_becomes_a_problem_with_its_code_title_errors_extensions_and_retry_after()
    {
        var refusal = new RefusalException(RefusalKind.TooManyRequests, "too-many", "Troppi tentativi.",
            RefusalException.FieldErrors("code", "Riprovare più tardi."),
            new Dictionary<string, object?> { ["attemptsLeft"] = 2 }) { RetryAfter = TimeSpan.FromSeconds(89.2) };
        var http = new DefaultHttpContext { Response = { Body = new MemoryStream() } };

        await ProblemResult.For(refusal).ExecuteAsync(http);

        Assert.Equal(429, http.Response.StatusCode);
        Assert.Equal("90", http.Response.Headers.RetryAfter.ToString());
        Assert.StartsWith("application/problem+json", http.Response.ContentType);
        http.Response.Body.Position = 0;
        var body = JsonDocument.Parse(http.Response.Body).RootElement;
        Assert.Equal(429, body.GetProperty("status").GetInt32());
        Assert.Equal("too-many", body.GetProperty("code").GetString());
        Assert.Equal("Troppi tentativi.", body.GetProperty("title").GetString());
        Assert.Equal("Riprovare più tardi.", body.GetProperty("errors").GetProperty("code")[0].GetString());
        Assert.Equal(2, body.GetProperty("attemptsLeft").GetInt32());
    }
}
