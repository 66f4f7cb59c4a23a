using System.Net.Http.Json;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.IntegrationTests.Demo;

/// <summary>The demo's sections 4, 6 and 7: solleciti, a communication and an invio fallito, seeded once however often the host starts.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DemoCommunicationsTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Demo_company_has_two_solleciti_one_communication_and_one_failed_upload_even_when_seeded_twice()
    {
        var settings = new Dictionary<string, string> { ["Portale:Demo:Seed"] = "true", ["Portale:Clock:Now"] = "2026-04-14T10:00:00+02:00" };
        await using (await PortaleHost.StartAsync(azurite, settings: settings))
        {
        }
        await using var host = await PortaleHost.StartAsync(azurite, settings: settings);
        using var user = await host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], DemoLetters.Energy);
        var company = $"/api/companies/{DemoLetters.Energy}";

        var reminders = await user.GetFromJsonAsync<JsonElement>($"{company}/reminders");
        Assert.Equal(2, reminders.GetProperty("total").GetInt32());
        Assert.Equal(["S-P-26-9000006_01.PDF", "S-P-26-9000007_01.PDF"], reminders.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal("L-P-26-9000006_01.PDF", reminders.GetProperty("items")[0].GetProperty("letter").GetProperty("name").GetString());

        // Judged by the blob-triggered processing, as any upload.
        var communications = await Eventually.ReturnsAsync(
            () => user.GetFromJsonAsync<JsonElement>($"{company}/communications?pageSize=100"),
            c => c.GetProperty("total").GetInt32() > 0,
            TimeSpan.FromSeconds(60));
        var sent = Assert.Single(communications.GetProperty("items").EnumerateArray());
        Assert.Equal("integrazione-9000005.pdf", sent.GetProperty("file").GetString());
        Assert.Equal("Integrazione", sent.GetProperty("label").GetString());
        var failed = await Eventually.ReturnsAsync(
            () => user.GetFromJsonAsync<JsonElement>($"{company}/failed-uploads?pageSize=100"),
            c => c.GetProperty("total").GetInt32() > 0,
            TimeSpan.FromSeconds(60));
        var refused = Assert.Single(failed.GetProperty("items").EnumerateArray());
        Assert.Equal("allegati.pdf", refused.GetProperty("file").GetString());
        Assert.Equal("Il formato del file 'allegati.pdf' non è valido", refused.GetProperty("reason").GetString());
        Assert.Equal(DemoOperator.UserId, refused.GetProperty("user").GetString());
    }
}
