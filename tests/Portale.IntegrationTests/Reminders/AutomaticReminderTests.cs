using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Portale.Functions.Publication;
using Portale.Functions.Reminders;
using Portale.Functions.Security;
using Portale.IntegrationTests.DailyReports;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using Portale.IntegrationTests.Uploads;

namespace Portale.IntegrationTests.Reminders;

/// <summary>
/// Solleciti by the portal (manual 6.4): after the nightly loading, for TO letters past their deadline and
/// unanswered; energy one, water two, the second 10 working days after the first.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AutomaticReminderTests(DedicatedAzurite own) : IClassFixture<DedicatedAzurite>
{
    private readonly AzuriteProcess azurite = own.Azurite;

    // Published Tue 03/06/2025 with 5 working days: deadline Tue 10/06. First sollecito 1 working day
    // after it, Wed 11/06; the second (water) 10 working days after the first, Wed 25/06.
    private static readonly DateOnly Published = new(2025, 6, 3);

    [Fact]
    public async Task Energy_gets_one_water_two_at_the_right_working_days_none_after_an_answer_none_for_CC_none_beyond_a_hand_staged_one()
    {
        await using var s = await LetterScenario.StartAsync(azurite, Published);
        var energy = await s.CompanyAsync("are");
        var water = await s.CompanyAsync("arw", "water");
        var copyCompany = await s.CompanyAsync("arc");
        var energyLetter = await s.StageAsync(LetterScenario.Fields(energy, [copyCompany], term: 5));
        var waterLetter = await s.StageAsync(LetterScenario.Fields(water, serviceType: "idrico", term: 5, sector: "water"));
        var answered = await s.StageAsync(LetterScenario.Fields(energy, term: 5));
        var byHand = await s.StageAsync(LetterScenario.Fields(energy, term: 5));
        await s.PublishNightAsync();
        using (var user = await s.Host.OperatorClientAsync(NewUser(), energy))
        {
            await UploadScenario.DownloadedLettersAsync(s, user, energy, [answered]);
            var upload = await UploadScenario.UploadAsync(user, energy, "answer", "risposta.pdf", TestPdfs.OnePage(), [answered]);
            Assert.Equal("accepted", upload.GetProperty("status").GetString());
        }
        var handName = LetterScenario.ReminderName(byHand);
        using (var staged = await s.StageReminderRawAsync(handName, TestPdfs.OnePage(handName), byHand))
        {
            Assert.Equal(HttpStatusCode.Created, staged.StatusCode);
        }

        // On the deadline day (and before the nightly loading of the next) nothing is sent.
        await NightAsync(s, new DateOnly(2025, 6, 4));
        await NightAsync(s, new DateOnly(2025, 6, 10));
        await s.RunAtAsync(ReminderFunctions.SendAutomatic, LetterScenario.At(new DateOnly(2025, 6, 11), 0, 30));
        Assert.Empty(await RemindersAsync(s, energy, energyLetter));

        // The day after: one each for the energy and water letters, even with two passes at once and a third later.
        await s.RunAtAsync(PublicationFunctions.NightlyLoading, LetterScenario.At(new DateOnly(2025, 6, 11), 1, 5));
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2025, 6, 11), 3, 30));
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => s.Host.Client.PostAsync($"/admin/functions/{ReminderFunctions.SendAutomatic}", null)));
        Assert.All(runs, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        await s.RunAtAsync(ReminderFunctions.SendAutomatic, LetterScenario.At(new DateOnly(2025, 6, 11), 3, 45));

        var energyReminder = Assert.Single(await RemindersAsync(s, energy, energyLetter));
        Assert.StartsWith("2025-06-11T03:30", energyReminder.GetProperty("publishedAt").GetString());
        Assert.Single(await RemindersAsync(s, water, waterLetter));
        Assert.Empty(await RemindersAsync(s, energy, answered));
        Assert.Equal(handName, Assert.Single(await RemindersAsync(s, energy, byHand)).GetProperty("name").GetString());
        Assert.Empty(await RemindersAsync(s, copyCompany, energyLetter));

        // The PDF names the company, the letter, its publication date, its deadline and the sector's rule.
        using (var user = await s.Host.OperatorClientAsync(NewUser(), energy))
        {
            var name = energyReminder.GetProperty("name").GetString();
            var text = ReportPdf.Read(await user.GetByteArrayAsync($"/api/companies/{energy}/reminders/{name}/pdf")).Text;
            Assert.Contains($"Società {energy}", text);
            Assert.Contains(energyLetter, text);
            Assert.Contains("03/06/2025", text);
            Assert.Contains("10/06/2025", text);
            Assert.Contains("è previsto un solo sollecito per lettera", text);
        }

        // Water: not on the 9th working day after the first, the second on the 10th; then never again.
        await NightAsync(s, new DateOnly(2025, 6, 24));
        Assert.Single(await RemindersAsync(s, water, waterLetter));
        await NightAsync(s, new DateOnly(2025, 6, 25));
        var waterReminders = await RemindersAsync(s, water, waterLetter);
        Assert.Equal(2, waterReminders.Count);
        Assert.StartsWith("2025-06-25T03:30", waterReminders[0].GetProperty("publishedAt").GetString());
        await NightAsync(s, new DateOnly(2025, 7, 10));
        Assert.Equal(2, (await RemindersAsync(s, water, waterLetter)).Count);
        Assert.Single(await RemindersAsync(s, energy, energyLetter));
        Assert.Single(await RemindersAsync(s, energy, byHand));

        using var helpDesk = await s.Host.StaffClientAsync(StaffRoles.HelpDesk);
        var log = await LetterScenario.GetJsonAsync(helpDesk, "/api/backoffice/jobs?job=automatic-reminders&pageSize=100");
        var june11 = log.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("day").GetString() == "2025-06-11").ToList();
        Assert.NotEmpty(june11);
        Assert.True(june11.Sum(r => r.GetProperty("counts").GetProperty("sent").GetInt32()) >= 2);
    }

    [Fact]
    public async Task A_setting_turns_automatic_reminders_off()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2025, 9, 1), new Dictionary<string, string> { ["Portale:Reminders:Automatic"] = "false" });
        var energy = await s.CompanyAsync("aroff");
        var letter = await s.StageAsync(LetterScenario.Fields(energy, term: 1));
        await s.PublishNightAsync();
        await NightAsync(s, new DateOnly(2025, 9, 4));
        Assert.Empty(await RemindersAsync(s, energy, letter));
        using var backOffice = await s.Host.StaffClientAsync(StaffRoles.BackOffice);
        var log = await LetterScenario.GetJsonAsync(backOffice, "/api/backoffice/jobs?job=automatic-reminders");
        var run = log.GetProperty("items").EnumerateArray().First(r => r.GetProperty("day").GetString() == "2025-09-04");
        Assert.Contains("disattivati", run.GetProperty("note").GetString());
    }

    private static string NewUser() => $"u-{Guid.NewGuid():N}"[..30];

    /// <summary>The day's nightly loading at 01:05, then the automatic solleciti at 03:30.</summary>
    private static async Task NightAsync(LetterScenario s, DateOnly day)
    {
        await s.RunAtAsync(PublicationFunctions.NightlyLoading, LetterScenario.At(day, 1, 5));
        await s.RunAtAsync(ReminderFunctions.SendAutomatic, LetterScenario.At(day, 3, 30));
    }

    /// <summary>The company's solleciti of one letter, newest first, read as an operator at 09:00 of the clock's day.</summary>
    private static async Task<List<JsonElement>> RemindersAsync(LetterScenario s, string company, string letter)
    {
        var now = await s.Host.Client.GetStringAsync("/admin/clock");
        var day = DateOnly.Parse(JsonDocument.Parse(now).RootElement.GetProperty("now").GetString()![..10]);
        await s.Host.SetClockAsync(LetterScenario.At(day, 9, 0));
        using var user = await s.Host.OperatorClientAsync(NewUser(), company);
        var list = await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/reminders?pageSize=100");
        return list.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("letterName").GetString() == letter).ToList();
    }
}
