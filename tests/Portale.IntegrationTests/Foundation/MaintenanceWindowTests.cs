using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.Functions.Portal;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Foundation;

[Collection(AzuriteCollection.Name)]
public sealed class MaintenanceWindowTests(AzuriteProcess azurite)
{
    private static readonly Dictionary<string, string> DuringWindow = new() { ["Portale:Clock:Now"] = "2026-03-10T01:30:00+01:00" };

    [Fact]
    public async Task Every_route_but_health_and_status_answers_503_with_retry_after_until_three()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DuringWindow);
        var closed = FunctionRequests.HttpFunctions(host).Where(f => f.Name is not (PortalFunctions.Health or PortalFunctions.Status)).ToList();
        Assert.NotEmpty(closed);
        foreach (var function in closed)
        {
            using var response = await host.Client.SendAsync(FunctionRequests.For(function));
            Assert.True(HttpStatusCode.ServiceUnavailable == response.StatusCode, $"{function.Name} answered {response.StatusCode}");
            var retryAfter = response.Headers.RetryAfter?.Delta?.TotalSeconds;
            Assert.InRange(retryAfter ?? 0, 5300, 5400);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("maintenance", problem.GetProperty("code").GetString());
            Assert.Contains("manutenzione", problem.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task Health_and_status_stay_open_and_status_says_maintenance()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DuringWindow);
        using var health = await host.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var status = await host.Client.GetFromJsonAsync<JsonElement>("/api/status");
        Assert.True(status.GetProperty("maintenance").GetBoolean());
    }

    [Fact]
    public async Task At_three_the_portal_opens_again()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DuringWindow);
        using (var closed = await host.Client.GetAsync("/api/openapi.json"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, closed.StatusCode);
        }
        await host.SetClockAsync(DateTimeOffset.Parse("2026-03-10T03:00:00+01:00"));
        using var open = await host.Client.GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        var status = await host.Client.GetFromJsonAsync<JsonElement>("/api/status");
        Assert.False(status.GetProperty("maintenance").GetBoolean());
    }

    [Fact]
    public async Task Window_follows_Rome_summer_time()
    {
        await using var host = await PortaleHost.StartAsync(azurite,
            settings: new Dictionary<string, string> { ["Portale:Clock:Now"] = "2026-07-01T02:59:00+02:00" });
        using var response = await host.Client.GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
    }
}
