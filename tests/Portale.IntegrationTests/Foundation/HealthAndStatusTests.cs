using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Foundation;

[Collection(AzuriteCollection.Name)]
public sealed class HealthAndStatusTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Health_answers_ok()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        var body = await host.Client.GetFromJsonAsync<JsonElement>("/api/health");
        Assert.Equal("ok", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Status_is_open_during_the_day()
    {
        await using var host = await PortaleHost.StartAsync(azurite,
            settings: new Dictionary<string, string> { ["Portale:Clock:Now"] = "2026-03-10T10:00:00+01:00" });
        var body = await host.Client.GetFromJsonAsync<JsonElement>("/api/status");
        Assert.False(body.GetProperty("maintenance").GetBoolean());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("notices").ValueKind);
    }

    [Fact]
    public async Task OpenApi_document_is_served()
    {
        await using var host = await PortaleHost.StartAsync(azurite,
            settings: new Dictionary<string, string> { ["Portale:Clock:Now"] = "2026-03-10T10:00:00+01:00" });
        var body = await host.Client.GetFromJsonAsync<JsonElement>("/api/openapi.json");
        Assert.StartsWith("3.", body.GetProperty("openapi").GetString());
    }

    [Fact]
    public async Task Unknown_api_route_is_a_problem_in_Italian()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        using var response = await host.Client.GetAsync("/api/non-esiste");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("La risorsa richiesta non esiste.", problem.GetProperty("title").GetString());
    }
}
