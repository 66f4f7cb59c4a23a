using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Storage;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;

namespace Portale.IntegrationTests.Audit;

/// <summary>
/// Every staff action is recorded (who, when, what, from where) in a chain that shows any rewrite, with a
/// write-once copy; refused staff calls are recorded apart; the audit is readable by role.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuditTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task A_staff_action_is_recorded_with_who_when_what_and_from_where()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        var name = $"Auditrice {Guid.NewGuid():N}"[..20];
        using var staff = await host.NamedStaffClientAsync(name, StaffRoles.BackOffice);
        staff.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var id = $"avviso-{Guid.NewGuid():N}"[..20];
        using (var saved = await staff.PutAsJsonAsync($"/api/backoffice/notices/{id}", new { kind = "information", title = "Avviso", message = "Testo." }))
        {
            saved.EnsureSuccessStatusCode();
        }
        var record = await SingleAsync(staff, $"actor={Uri.EscapeDataString(name)}&action=notice-saved");
        Assert.Equal(id, record.GetProperty("target").GetString());
        Assert.Equal("203.0.113.7", record.GetProperty("address").GetString());
        Assert.Equal("done", record.GetProperty("outcome").GetString());
        Assert.Equal("Avviso", record.GetProperty("details").GetProperty("title").GetString());
        Assert.Equal(["BackOffice"], record.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var at = record.GetProperty("at").GetDateTimeOffset();
        Assert.InRange(DateTimeOffset.UtcNow - at, TimeSpan.FromHours(-5), TimeSpan.FromHours(5));

        var check = await staff.GetFromJsonAsync<JsonElement>("/api/backoffice/audit/check");
        Assert.True(check.GetProperty("intact").GetBoolean(), check.ToString());
        Assert.True(check.GetProperty("records").GetInt32() >= record.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task An_outage_recorded_by_the_back_office_is_audited_as_such()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        var name = $"Guasti {Guid.NewGuid():N}"[..20];
        using var staff = await host.NamedStaffClientAsync(name, StaffRoles.BackOffice);
        var id = Portale.IntegrationTests.Outages.OutageScenario.NewId("audit");
        var day = new DateOnly(2035, 7, 11); // no test counts working days there
        await Portale.IntegrationTests.Outages.OutageScenario.RecordAsync(
            staff, id, LetterScenario.At(day, 9, 0), LetterScenario.At(day, 11, 0), planned: true);
        var record = await SingleAsync(staff, $"actor={Uri.EscapeDataString(name)}&action=outage-saved");
        Assert.Equal(id, record.GetProperty("target").GetString());
        Assert.Equal("true", record.GetProperty("details").GetProperty("planned").GetString());
    }

    [Fact]
    public async Task Refused_staff_calls_are_recorded_in_their_own_chain_with_who_tried()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        var name = $"Sportellista {Guid.NewGuid():N}"[..20];
        using (var anonymous = host.NewClient())
        {
            anonymous.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");
            using var refused = await anonymous.GetAsync("/api/backoffice/companies");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
        using (var helpDesk = await host.NamedStaffClientAsync(name, StaffRoles.HelpDesk))
        {
            using var forbidden = await helpDesk.PutAsJsonAsync("/api/backoffice/notices/non-per-me", new { kind = "information", title = "x", message = "x" });
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }
        using var reader = await host.StaffClientAsync(StaffRoles.ReadOnly);
        var forbiddenRecord = await SingleAsync(reader, $"chain=refused&actor={Uri.EscapeDataString(name)}");
        Assert.Equal("access-refused", forbiddenRecord.GetProperty("action").GetString());
        Assert.Equal("staff-forbidden", forbiddenRecord.GetProperty("details").GetProperty("reason").GetString());
        Assert.StartsWith("BackOfficePutNotice", forbiddenRecord.GetProperty("target").GetString());
        var anonymousRecords = (await reader.GetFromJsonAsync<JsonElement>("/api/backoffice/audit?chain=refused&actor=anonimo&pageSize=100"))
            .GetProperty("items").EnumerateArray();
        Assert.Contains(anonymousRecords, r => r.GetProperty("address").GetString() == "198.51.100.23"
            && r.GetProperty("details").GetProperty("reason").GetString() == "staff-unauthenticated"
            && r.GetProperty("target").GetString() == "BackOfficeListCompanies");
        // The staff's own chain holds none of it.
        var done = await reader.GetFromJsonAsync<JsonElement>($"/api/backoffice/audit?actor={Uri.EscapeDataString(name)}");
        Assert.Equal(0, done.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_audit_is_read_by_the_back_office_and_the_read_only_role_and_by_applications_with_them()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        using (var helpDesk = await host.StaffClientAsync(StaffRoles.HelpDesk))
        using (var refused = await helpDesk.GetAsync("/api/backoffice/audit"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        using (var anonymous = await host.Client.GetAsync("/api/backoffice/audit/check"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        var appId = Guid.NewGuid().ToString();
        using var app = await host.ApplicationClientAsync(appId, StaffRoles.ReadOnly);
        using (var page = await app.GetAsync("/api/backoffice/audit?pageSize=25"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        using (var forbidden = await app.PutAsJsonAsync("/api/backoffice/notices/da-app", new { kind = "information", title = "x", message = "x" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }
        var record = await SingleAsync(app, $"chain=refused&actor={appId}");
        Assert.True(record.GetProperty("actorIsApplication").GetBoolean());
        using var badDay = await app.GetAsync("/api/backoffice/audit?day=10/03/2026");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badDay.StatusCode);
        using var badChain = await app.GetAsync("/api/backoffice/audit/check?chain=tutto");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badChain.StatusCode);
    }

    [Fact]
    public async Task A_state_changing_staff_call_without_a_record_of_its_own_is_recorded_under_its_function()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true);
        var name = $"Operatrice {Guid.NewGuid():N}"[..20];
        using var staff = await host.NamedStaffClientAsync(name, StaffRoles.BackOffice);
        using (var done = await staff.PostAsync("/api/probe/staff/things/t-42", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        }
        using var reader = await host.StaffClientAsync(StaffRoles.ReadOnly);
        var record = await SingleAsync(reader, $"actor={Uri.EscapeDataString(name)}");
        Assert.Equal("staff-call", record.GetProperty("action").GetString());
        Assert.Equal("ProbeStaffChange thing=t-42", record.GetProperty("target").GetString());
    }

    [Fact]
    public async Task A_record_rewritten_in_the_table_shows_in_the_chain_and_against_its_copy()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        using var staff = await host.StaffClientAsync(StaffRoles.BackOffice);
        // A day of its own, so no other test's records share the chain.
        var day = new DateOnly(2031, 5, 5).AddDays(Random.Shared.Next(0, 3000));
        await host.SetClockAsync(Portale.Core.Time.RomeTime.At(day, new TimeOnly(10, 0)));
        for (var i = 0; i < 3; i++)
        {
            using var saved = await staff.PutAsJsonAsync($"/api/backoffice/notices/catena-{i}-{Guid.NewGuid():N}"[..40], new { kind = "information", title = $"Avviso {i}", message = "Testo." });
            saved.EnsureSuccessStatusCode();
        }
        var query = $"/api/backoffice/audit/check?day={day:yyyy-MM-dd}";
        var before = await staff.GetFromJsonAsync<JsonElement>(query);
        Assert.True(before.GetProperty("intact").GetBoolean(), before.ToString());
        Assert.Equal(3, before.GetProperty("records").GetInt32());

        // Someone with storage access changes who did the second action.
        var table = host.Services.GetRequiredService<StorageClients>().Table(StorageNames.AuditTable);
        var row = (await table.GetEntityAsync<TableEntity>($"{day:yyyyMMdd}-done", (9_999_999_999 - 2).ToString("D10"))).Value;
        row["ActorName"] = "Qualcun altro";
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);

        var after = await staff.GetFromJsonAsync<JsonElement>(query);
        Assert.False(after.GetProperty("intact").GetBoolean());
        Assert.Equal(2, after.GetProperty("firstBroken").GetInt64());

        // Even with the record's hash recomputed, the write-once copy no longer matches it.
        row = (await table.GetEntityAsync<TableEntity>($"{day:yyyyMMdd}-done", (9_999_999_999 - 2).ToString("D10"))).Value;
        var rewritten = Portale.Core.Audit.AuditChain.HashOf(FromRow(row));
        row["Hash"] = rewritten;
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        var third = (await table.GetEntityAsync<TableEntity>($"{day:yyyyMMdd}-done", (9_999_999_999 - 3).ToString("D10"))).Value;
        third["PreviousHash"] = rewritten;
        third["Hash"] = Portale.Core.Audit.AuditChain.HashOf(FromRow(third));
        await table.UpdateEntityAsync(third, third.ETag, TableUpdateMode.Replace);
        var rechained = await staff.GetFromJsonAsync<JsonElement>(query);
        Assert.Equal(JsonValueKind.Null, rechained.GetProperty("firstBroken").ValueKind);
        Assert.Equal([2L, 3L], rechained.GetProperty("copiesNotMatching").EnumerateArray().Select(s => s.GetInt64()));
        Assert.False(rechained.GetProperty("intact").GetBoolean());
    }

    private static Portale.Core.Audit.AuditRecord FromRow(TableEntity e) => new(
        e.GetDateTimeOffset("At")!.Value,
        new Portale.Core.Audit.AuditActor(e.GetString("ActorName"), e.GetString("ActorId"), e.GetBoolean("ActorIsApplication")!.Value,
            e.GetString("ActorRoles").Split(',', StringSplitOptions.RemoveEmptyEntries), e.GetString("Address")),
        e.GetString("Action"), e.GetString("Target"), Enum.Parse<Portale.Core.Audit.AuditOutcome>(e.GetString("Outcome")),
        JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Details"))!)
    {
        Sequence = e.GetInt64("Sequence")!.Value,
        PreviousHash = e.GetString("PreviousHash"),
    };

    private static async Task<JsonElement> SingleAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/backoffice/audit?{query}");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Count == 1, page.ToString());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        return items[0];
    }
}
