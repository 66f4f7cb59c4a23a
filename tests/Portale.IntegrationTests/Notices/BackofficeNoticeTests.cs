using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Notices;

/// <summary>The back office announces interventions on the public home page (manual 8.1, 8.2).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BackofficeNoticeTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Back_office_publishes_a_planned_intervention_four_days_ahead_and_takes_it_down()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        using var staff = await host.StaffClientAsync(StaffRoles.BackOffice);
        var id = $"manutenzione-{Guid.NewGuid():N}"[..24];
        var start = DateTimeOffset.UtcNow.AddDays(5);
        try
        {
            using (var tooSoon = await staff.PutAsJsonAsync($"/api/backoffice/notices/{id}", new { kind = "planned", title = "Manutenzione", message = "Portale non disponibile.", from = DateTimeOffset.UtcNow.AddDays(3), to = start }))
            {
                Assert.Equal(HttpStatusCode.UnprocessableEntity, tooSoon.StatusCode);
                var errors = JsonDocument.Parse(await tooSoon.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
                Assert.StartsWith("Un intervento programmato va annunciato almeno 4 giorni solari prima", errors.GetProperty("from")[0].GetString());
            }
            Assert.DoesNotContain(id, await StatusNoticesAsync(host));

            using (var saved = await staff.PutAsJsonAsync($"/api/backoffice/notices/{id}", new { kind = "planned", title = "Manutenzione programmata", message = "Portale non disponibile dalle 20 alle 23.", from = start, to = start.AddHours(3) }))
            {
                Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            }
            Assert.Contains(id, await StatusNoticesAsync(host));
            var listed = (await staff.GetFromJsonAsync<JsonElement>("/api/backoffice/notices")).GetProperty("items").EnumerateArray();
            Assert.Contains(listed, n => n.GetProperty("id").GetString() == id && n.GetProperty("kind").GetString() == "PlannedIntervention");
            using (var anonymous = await host.Client.PutAsJsonAsync($"/api/backoffice/notices/{id}", new { kind = "information", title = "x", message = "x" }))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            }

            using (var deleted = await staff.DeleteAsync($"/api/backoffice/notices/{id}"))
            {
                Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
            }
            Assert.DoesNotContain(id, await StatusNoticesAsync(host));
            using var again = await staff.DeleteAsync($"/api/backoffice/notices/{id}");
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }
        finally
        {
            (await staff.DeleteAsync($"/api/backoffice/notices/{id}")).Dispose();
        }
    }

    private static async Task<List<string?>> StatusNoticesAsync(PortaleHost host) =>
        (await host.Client.GetFromJsonAsync<JsonElement>("/api/status")).GetProperty("notices").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
}
