using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Foundation;

[Collection(AzuriteCollection.Name)]
public sealed class BusinessClockTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Clock_starts_at_the_configured_instant_and_runs_on()
    {
        await using var host = await PortaleHost.StartAsync(azurite,
            settings: new Dictionary<string, string> { ["Portale:Clock:Now"] = "2025-02-17T09:00:00+01:00" });
        var now = await NowAsync(host);
        Assert.InRange(now, DateTimeOffset.Parse("2025-02-17T09:00:00+01:00"), DateTimeOffset.Parse("2025-02-17T09:05:00+01:00"));
    }

    [Fact]
    public async Task Admin_clock_moves_the_clock_while_running()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        await host.SetClockAsync(DateTimeOffset.Parse("2030-12-24T18:00:00+01:00"));
        var now = await NowAsync(host);
        Assert.InRange(now, DateTimeOffset.Parse("2030-12-24T18:00:00+01:00"), DateTimeOffset.Parse("2030-12-24T18:05:00+01:00"));
    }

    [Fact]
    public async Task Admin_clock_refuses_a_missing_instant_in_Italian()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        using var response = await host.Client.PostAsJsonAsync("/admin/clock", new { });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("ISO 8601", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Outside_Development_the_clock_setting_and_the_admin_routes_do_not_exist()
    {
        await using var host = await PortaleHost.StartAsync(azurite, environment: "Production",
            settings: new Dictionary<string, string>
            {
                ["Portale:Clock:Now"] = "2025-02-17T09:00:00+01:00",
                ["Portale:Staff:Instance"] = "https://login.microsoftonline.com/",
                ["Portale:Staff:TenantId"] = "00000000-0000-0000-0000-000000000001",
                ["Portale:Staff:ClientId"] = "00000000-0000-0000-0000-000000000002",
                // Sessions are stored by a keyed hash of their id: outside Development the key is required.
                ["Portale:Sessions:SigningKey"] = "una-chiave-di-prova-lunga-abbastanza",
            });
        var now = await NowAsync(host);
        Assert.InRange(now, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        using var clock = await host.Client.PostAsJsonAsync("/admin/clock", new { now = "2030-01-01T00:00:00Z" });
        Assert.Equal(HttpStatusCode.NotFound, clock.StatusCode);
        using var run = await host.Client.PostAsJsonAsync($"/admin/functions/{Portale.Functions.Portal.PortalFunctions.Health}", new { });
        Assert.Equal(HttpStatusCode.NotFound, run.StatusCode);
        using var token = await host.Client.PostAsJsonAsync("/admin/token", new { name = "x", roles = new[] { "BackOffice" } });
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        using var session = await host.Client.PostAsJsonAsync("/admin/session", new { userId = "x" });
        Assert.Equal(HttpStatusCode.NotFound, session.StatusCode);
    }

    private static async Task<DateTimeOffset> NowAsync(PortaleHost host)
    {
        var status = await host.Client.GetFromJsonAsync<JsonElement>("/api/status");
        return status.GetProperty("now").GetDateTimeOffset();
    }
}
