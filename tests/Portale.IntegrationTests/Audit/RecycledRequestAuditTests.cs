using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Audit;

/// <summary>
/// Issue 13's NullReferenceException in the letter staging under 8 parallel clients: the audit read the
/// caller's address from the HttpContext after the staged action's awaits, when a request the host had
/// given up on had its pooled context recycled. The address is now read before the first await.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RecycledRequestAuditTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task A_staff_action_whose_request_is_recycled_while_it_runs_is_audited_with_its_actor_and_address()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true);
        var name = $"Riciclo {Guid.NewGuid():N}"[..20];
        using var staff = await host.NamedStaffClientAsync(name, StaffRoles.BackOffice);
        staff.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        using (var done = await staff.PostAsync("/api/probe/staff/recycled/r-7", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        }
        var page = await staff.GetFromJsonAsync<JsonElement>(
            $"/api/backoffice/audit?actor={Uri.EscapeDataString(name)}");
        var record = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("probe-recycled", record.GetProperty("action").GetString());
        Assert.Equal("r-7", record.GetProperty("target").GetString());
        Assert.Equal("203.0.113.9", record.GetProperty("address").GetString());
    }
}
