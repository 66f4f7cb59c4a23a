using System.Net;
using System.Net.Http.Json;
using Portale.Core.Maintenance;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

/// <summary>The outbox exists only in Development with Portale:Messaging:Mode = outbox.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OutboxAvailabilityTests(AzuriteProcess azurite)
{
    private static readonly Dictionary<string, string> ProductionSettings = new()
    {
        ["Portale:Staff:Instance"] = "https://login.microsoftonline.com/",
        ["Portale:Staff:TenantId"] = "00000000-0000-0000-0000-000000000001",
        ["Portale:Staff:ClientId"] = "00000000-0000-0000-0000-000000000002",
        ["Portale:Sessions:SigningKey"] = "una-chiave-di-prova-lunga-abbastanza",
    };

    [Fact]
    public async Task Outside_Development_the_outbox_route_answers_404()
    {
        await using var host = await PortaleHost.StartAsync(azurite, environment: "Production", settings: ProductionSettings);
        using var response = await host.Client.GetAsync("/api/dev/outbox");
        // In Production the clock cannot be pinned: during the nightly window every route answers 503 first.
        var expected = MaintenanceWindow.IsLoadingWindowAt(DateTimeOffset.UtcNow) ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.NotFound;
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Outbox_mode_outside_Development_stops_the_app_at_start()
    {
        var settings = new Dictionary<string, string>(ProductionSettings) { ["Portale:Messaging:Mode"] = "outbox" };
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PortaleHost.StartAsync(azurite, environment: "Production", settings: settings));
        Assert.Contains("outbox", failure.ToString());
    }

    [Fact]
    public async Task In_Development_with_ACS_messaging_the_outbox_route_answers_404()
    {
        await using var host = await AccountHosts.StartAsync(azurite, new Dictionary<string, string> { ["Portale:Messaging:Mode"] = "acs" });
        using var response = await host.Client.GetAsync("/api/dev/outbox");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_stand_in_admin_session_route_is_gone()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        using var response = await host.Client.PostAsJsonAsync("/admin/session", new { userId = "x" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
