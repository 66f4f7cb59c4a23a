using System.Net;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Problems;

/// <summary>Answers and problems are written with one JSON configuration (PortaleJson), through real HTTP.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class JsonSettingsTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task An_answer_and_a_problem_write_the_same_value_alike()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true,
            settings: new Dictionary<string, string>
            {
                ["Portale:Clock:Now"] = "2026-03-10T10:00:00+01:00",
                ["Portale:LocalHost:RunTimers"] = "false",
            });
        using var answer = await host.Client.GetAsync("/api/probe/json/answer");
        using var problem = await host.Client.GetAsync("/api/probe/json/problem");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, problem.StatusCode);

        var answered = await answer.Content.ReadAsStringAsync();
        var inProblem = JsonDocument.Parse(await problem.Content.ReadAsStringAsync()).RootElement.GetProperty("sample").GetRawText();
        Assert.Equal("""{"sampleKind":"payload-too-large","missing":null,"byField":{"pageSize":10}}""", answered);
        Assert.Equal(answered, inProblem);
    }
}
