using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.Functions.Letters;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Uploads;

namespace Portale.IntegrationTests.Letters;

/// <summary>
/// SLA ageing (manual 6.2, 6.5.1): an energy TO letter never answered becomes «assente» the day after the
/// 15th working day past its deadline, by the portal's own timer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LetterAgeingTests(DedicatedAzurite own) : IClassFixture<DedicatedAzurite>
{
    private readonly AzuriteProcess azurite = own.Azurite;

    // Published Mon 03/03/2025 with 5 working days: deadline Mon 10/03; the 15th working day after it is
    // Mon 31/03, so the letter is «assente» from Tue 01/04. With a proroga of 2 days: deadline 12/03,
    // 15th working day Wed 02/04, «assente» from Thu 03/04.
    private static readonly DateOnly Published = new(2025, 3, 3);

    [Fact]
    public async Task An_unanswered_energy_letter_is_absent_exactly_after_the_15th_working_day_past_its_deadline_with_a_proroga_too()
    {
        await using var s = await LetterScenario.StartAsync(azurite, Published);
        using var helpDesk = await s.Host.StaffClientAsync(StaffRoles.HelpDesk);
        var energy = await s.CompanyAsync("age");
        var water = await s.CompanyAsync("agw", "water");
        var plain = await s.StageAsync(LetterScenario.Fields(energy, term: 5));
        var extended = await s.StageAsync(LetterScenario.Fields(energy, term: 5));
        var copy = await s.StageAsync(LetterScenario.Fields(water, [energy], term: 5));
        var waterLetter = await s.StageAsync(LetterScenario.Fields(water, serviceType: "idrico", term: 5, sector: "water"));
        await s.PublishNightAsync();
        using (var user = await s.Host.OperatorClientAsync(NewUser(), energy))
        {
            await UploadScenario.DownloadedLettersAsync(s, user, energy, [plain, extended, copy]);
            using var proroga = await user.PostAsJsonAsync($"/api/companies/{energy}/letters/{extended}/extension", new { days = 2 });
            Assert.Equal(HttpStatusCode.OK, proroga.StatusCode);
        }

        // On the 15th working day the letter still counts as answerable: nothing changes.
        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2025, 3, 31), 3, 30));
        using (var user = await s.Host.OperatorClientAsync(NewUser(), energy, water))
        {
            Assert.Equal(JsonValueKind.Null, await CompletenessAsync(user, energy, plain));
        }

        // Before 03:00 the day after, the window is not over: still nothing; from 03:00, «assente».
        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2025, 4, 1), 2, 59));
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2025, 4, 1), 9, 0));
        using (var user = await s.Host.OperatorClientAsync(NewUser(), energy))
        {
            Assert.Equal(JsonValueKind.Null, await CompletenessAsync(user, energy, plain));
        }
        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2025, 4, 1), 3, 30));
        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2025, 4, 1), 3, 45));
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2025, 4, 1), 9, 0));
        using (var user = await s.Host.OperatorClientAsync(NewUser(), energy, water))
        {
            Assert.Equal("assente", await CompletenessStringAsync(user, energy, plain));
            Assert.Equal(JsonValueKind.Null, await CompletenessAsync(user, energy, extended));
            Assert.Equal(JsonValueKind.Null, await CompletenessAsync(user, energy, copy));
            Assert.Equal("assente", await CompletenessStringAsync(user, water, copy));
            Assert.Equal(JsonValueKind.Null, await CompletenessAsync(user, water, waterLetter));

            // Every list and Ricerca lettere show it; the search filters on it.
            var toWork = await LetterScenario.GetJsonAsync(user, $"/api/companies/{energy}/letters?section=to-work&pageSize=10");
            var row = toWork.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == plain);
            Assert.Equal("assente", row.GetProperty("completeness").GetString());
            var found = await LetterScenario.GetJsonAsync(user, $"/api/companies/{energy}/letters/search?completeness=assente");
            Assert.Equal([plain], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        }

        // With the proroga: not on Wed 02/04 (its 15th working day), from Thu 03/04.
        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2025, 4, 2), 3, 30));
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2025, 4, 2), 9, 0));
        using (var user = await s.Host.OperatorClientAsync(NewUser(), energy))
        {
            Assert.Equal(JsonValueKind.Null, await CompletenessAsync(user, energy, extended));
        }
        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2025, 4, 3), 3, 30));
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2025, 4, 3), 9, 0));
        using (var user = await s.Host.OperatorClientAsync(NewUser(), energy))
        {
            Assert.Equal("assente", await CompletenessStringAsync(user, energy, extended));

            // An answer filed later keeps the classification.
            var upload = await UploadScenario.UploadAsync(user, energy, "answer", "risposta.pdf", TestPdfs.OnePage(), [plain]);
            Assert.Equal("accepted", upload.GetProperty("status").GetString());
            var answered = await UploadScenario.LetterAsync(user, energy, plain);
            Assert.Equal("assente", answered.GetProperty("completeness").GetString());
            Assert.Equal(UploadScenario.AnswerName(plain), answered.GetProperty("answerName").GetString());
        }

        // The job log shows each day's run once, with what it changed.
        var runs = await LetterScenario.GetJsonAsync(helpDesk, "/api/backoffice/jobs?job=letter-ageing&pageSize=100");
        var days = runs.GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("day").GetString() is "2025-03-31" or "2025-04-01" or "2025-04-02" or "2025-04-03")
            .ToList();
        Assert.Equal(["2025-04-03", "2025-04-02", "2025-04-01", "2025-03-31"], days.Select(r => r.GetProperty("day").GetString()));
        Assert.All(days, r => Assert.Equal("completed", r.GetProperty("status").GetString()));
        // Other tests' letters on the shared storage may age too: at least ours (on 01/04 the plain letter and
        // the TO copy of the letter sent to the water company for energy).
        var aged = days.Select(r => r.GetProperty("counts").GetProperty("aged").GetInt32()).ToList();
        Assert.True(aged[0] >= 1 && aged[2] >= 2, string.Join(", ", aged));
    }

    [Fact]
    public async Task The_back_office_classifies_an_unanswered_energy_letter_but_not_an_unanswered_water_one()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2025, 5, 5));
        var energy = await s.CompanyAsync("agb");
        var water = await s.CompanyAsync("agbw", "water");
        var letter = await s.StageAsync(LetterScenario.Fields(energy));
        var waterLetter = await s.StageAsync(LetterScenario.Fields(water, serviceType: "idrico", sector: "water"));
        await s.PublishNightAsync();

        var classified = await LetterScenario.JsonAsync(
            await s.Staff.PutAsJsonAsync($"/api/backoffice/companies/{energy}/letters/{letter}/completeness", new { completeness = "assente" }));
        Assert.Equal("assente", classified.GetProperty("completeness").GetString());
        using var refused = await s.Staff.PutAsJsonAsync(
            $"/api/backoffice/companies/{water}/letters/{waterLetter}/completeness", new { completeness = "Risposta incompleta" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("letter-not-answered", (await refused.ProblemAsync()).GetProperty("code").GetString());
        using var user = await s.Host.OperatorClientAsync(NewUser(), energy);
        Assert.Equal("assente", await CompletenessStringAsync(user, energy, letter));
    }

    [Fact]
    public async Task An_off_line_day_between_the_deadline_and_the_15th_working_day_moves_the_absence_by_one_day()
    {
        // Published Mon 06/09/2032, 5 working days: deadline Mon 13/09; 15th working day after it Tue 05/10
        // (4 October is a holiday), «assente» from Wed 06/10. A qualifying outage (09:00–12:01) on Wed 15/09
        // makes that day off-line: the 15th working day is Wed 06/10, «assente» from Thu 07/10. 2032: no
        // other test counts days there.
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2032, 9, 6));
        var energy = await s.CompanyAsync("ago");
        var letter = await s.StageAsync(LetterScenario.Fields(energy, term: 5));
        await s.PublishNightAsync();
        var outage = $"ageing-{Guid.NewGuid():N}"[..20];
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2032, 9, 15), 13, 0));
        using (var recorded = await s.Staff.PutAsJsonAsync($"/api/backoffice/outages/{outage}", new
        {
            startsAt = LetterScenario.At(new DateOnly(2032, 9, 15), 9, 0),
            endsAt = LetterScenario.At(new DateOnly(2032, 9, 15), 12, 1),
            planned = false,
            note = "Guasto",
        }))
        {
            Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        }

        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2032, 10, 6), 3, 30));
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2032, 10, 6), 9, 0));
        using (var user = await s.Host.OperatorClientAsync(NewUser(), energy))
        {
            Assert.Equal(JsonValueKind.Null, await CompletenessAsync(user, energy, letter));
        }
        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2032, 10, 7), 3, 30));
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2032, 10, 7), 9, 0));
        using (var user = await s.Host.OperatorClientAsync(NewUser(), energy))
        {
            Assert.Equal("assente", await CompletenessStringAsync(user, energy, letter));
        }
    }

    private static string NewUser() => $"u-{Guid.NewGuid():N}"[..30];

    private static async Task<JsonValueKind> CompletenessAsync(HttpClient user, string company, string letter) =>
        (await UploadScenario.LetterAsync(user, company, letter)).GetProperty("completeness").ValueKind;

    private static async Task<string?> CompletenessStringAsync(HttpClient user, string company, string letter) =>
        (await UploadScenario.LetterAsync(user, company, letter)).GetProperty("completeness").GetString();
}
