using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;

namespace Portale.IntegrationTests.Publication;

/// <summary>
/// What tonight's loading will publish (issue 13 item 3): the staged letters and solleciti, read by the back
/// office and the read-only role, each withdrawn by the back office before the loading (audited), never after.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StagedWithdrawalTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task A_staged_letter_is_listed_and_withdrawn_once_by_the_back_office_and_a_published_one_is_not()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2034, 5, 9));
        var (to, cc) = (await s.CompanyAsync("stg"), await s.CompanyAsync("stgcc"));
        using var readOnly = await s.Host.StaffClientAsync(StaffRoles.ReadOnly);
        using var helpDesk = await s.Host.StaffClientAsync(StaffRoles.HelpDesk);
        var published = await s.StageAsync(LetterScenario.Fields(to, [cc]));
        await s.PublishNightAsync();
        var kept = await s.StageAsync(LetterScenario.Fields(to, [cc]));
        var withdrawn = await s.StageAsync(LetterScenario.Fields(to, [cc]));

        var listed = await StagedAsync(readOnly, "letters");
        Assert.DoesNotContain(published, listed.Keys);
        var item = listed[kept];
        Assert.Equal(to, item.GetProperty("companyId").GetString());
        Assert.Equal($"Società {to}", item.GetProperty("companyName").GetString());
        Assert.Equal([cc], item.GetProperty("cc").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(64, item.GetProperty("hash").GetString()!.Length);
        Assert.False(string.IsNullOrEmpty(item.GetProperty("stagedBy").GetString()));
        using (var refused = await helpDesk.GetAsync("/api/backoffice/letters/staged"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        using (var refused = await readOnly.DeleteAsync($"/api/backoffice/letters/staged/{withdrawn}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var done = await s.Staff.DeleteAsync($"/api/backoffice/letters/staged/{withdrawn}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        }
        await AssertProblemAsync(await s.Staff.DeleteAsync($"/api/backoffice/letters/staged/{withdrawn}"),
            HttpStatusCode.NotFound, "letter-not-staged");
        await AssertProblemAsync(await s.Staff.DeleteAsync($"/api/backoffice/letters/staged/{published}"),
            HttpStatusCode.Conflict, "letter-already-published");
        listed = await StagedAsync(readOnly, "letters");
        Assert.Contains(kept, listed.Keys);
        Assert.DoesNotContain(withdrawn, listed.Keys);
        var audit = await s.Staff.GetFromJsonAsync<JsonElement>(
            $"/api/backoffice/audit?action=letter-withdrawn&pageSize=100&day={s.Day:yyyy-MM-dd}");
        var record = Assert.Single(audit.GetProperty("items").EnumerateArray(),
            r => r.GetProperty("target").GetString() == withdrawn);
        Assert.Equal(to, record.GetProperty("details").GetProperty("to").GetString());

        // Withdrawn, the name is free again: the Sportello can send the corrected letter under it.
        await s.StageAsync(LetterScenario.Fields(to), withdrawn);
        Assert.Empty((await StagedAsync(readOnly, "letters"))[withdrawn].GetProperty("cc").EnumerateArray());
    }

    [Fact]
    public async Task A_withdrawn_sollecito_gives_back_its_slot_and_leaves_the_staged_list()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2034, 5, 11));
        var to = await s.CompanyAsync("stgs");
        using var readOnly = await s.Host.StaffClientAsync(StaffRoles.ReadOnly);
        var letter = await s.StageAsync(LetterScenario.Fields(to));
        await s.PublishNightAsync();
        var first = LetterScenario.ReminderName(letter, "01");
        using (var staged = await s.StageReminderRawAsync(first, TestPdfs.OnePage(first), letter))
        {
            Assert.Equal(HttpStatusCode.Created, staged.StatusCode);
        }
        var item = (await StagedAsync(readOnly, "reminders"))[first];
        Assert.Equal(letter, item.GetProperty("letter").GetString());
        Assert.Equal($"Società {to}", item.GetProperty("companyName").GetString());

        using (var done = await s.Staff.DeleteAsync($"/api/backoffice/reminders/staged/{first}"))
        {
            Assert.True(done.StatusCode == HttpStatusCode.NoContent, await done.Content.ReadAsStringAsync());
        }
        await AssertProblemAsync(await s.Staff.DeleteAsync($"/api/backoffice/reminders/staged/{first}"),
            HttpStatusCode.NotFound, "reminder-not-staged");
        Assert.DoesNotContain(first, (await StagedAsync(readOnly, "reminders")).Keys);

        // An energy letter has one sollecito: the withdrawn one's slot is free for its replacement.
        var second = LetterScenario.ReminderName(letter, "02");
        using (var again = await s.StageReminderRawAsync(second, TestPdfs.OnePage(second), letter))
        {
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        }
        Assert.Contains(second, (await StagedAsync(readOnly, "reminders")).Keys);
        var audit = await s.Staff.GetFromJsonAsync<JsonElement>(
            $"/api/backoffice/audit?action=reminder-withdrawn&pageSize=100&day={s.Day:yyyy-MM-dd}");
        Assert.Single(audit.GetProperty("items").EnumerateArray(), r => r.GetProperty("target").GetString() == first);
    }

    /// <summary>Every staged item, read page after page (the shared Azurite holds other tests' letters too).</summary>
    private static async Task<Dictionary<string, JsonElement>> StagedAsync(HttpClient client, string kind)
    {
        var items = new Dictionary<string, JsonElement>();
        string? cursor = null;
        do
        {
            var query = cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}";
            var page = await LetterScenario.GetJsonAsync(client, $"/api/backoffice/{kind}/staged?pageSize=100{query}");
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                items.Add(item.GetProperty("name").GetString()!, item.Clone());
            }
            Assert.True(page.GetProperty("total").GetInt32() >= items.Count);
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return items;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
            Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        }
    }

}
