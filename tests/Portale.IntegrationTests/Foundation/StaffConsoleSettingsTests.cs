using System.Net.Http.Json;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Foundation;

[Collection(AzuriteCollection.Name)]
public sealed class StaffConsoleSettingsTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task The_console_reads_its_Entra_settings_from_the_staff_section()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: new Dictionary<string, string>
        {
            ["Portale:Staff:Instance"] = "https://login.microsoftonline.com/",
            ["Portale:Staff:TenantId"] = "tenant-1",
            ["Portale:Staff:ClientId"] = "api-client",
            ["Portale:Staff:ConsoleClientId"] = "spa-client",
        });
        var body = await host.Client.GetFromJsonAsync<JsonElement>("/api/staff-console");
        Assert.Equal("spa-client", body.GetProperty("clientId").GetString());
        Assert.Equal("https://login.microsoftonline.com/tenant-1", body.GetProperty("authority").GetString());
        Assert.Equal("api://api-client/.default", body.GetProperty("scope").GetString());
        Assert.True(body.GetProperty("developmentSignIn").GetBoolean());
    }

    [Fact]
    public async Task Without_a_registration_the_console_has_only_the_development_sign_in()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        var body = await host.Client.GetFromJsonAsync<JsonElement>("/api/staff-console");
        Assert.Equal(JsonValueKind.Null, body.GetProperty("clientId").ValueKind);
        Assert.True(body.GetProperty("developmentSignIn").GetBoolean());
    }
}
