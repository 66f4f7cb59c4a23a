using System.Net;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Outages.OutageScenario;

namespace Portale.IntegrationTests.Outages;

/// <summary>
/// Manual 9.1 and 6.2: an outage of more than 3 continuous hours within 09:00–18:00 of a working day makes
/// that day an off-line day, which the one working-day calendar leaves out of every deadline and of
/// Giorni a scadenza risposta; outages that do not qualify move nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OfflineDayCalendarTests(AzuriteProcess azurite)
{
    // Mon 03/03/2031, term 5 working days: deadline Mon 10/03 without off-line days.
    private static readonly DateOnly Published = new(2031, 3, 3);
    private static readonly DateOnly Tuesday = new(2031, 3, 4);

    [Fact]
    public async Task A_qualifying_outage_moves_the_deadline_by_its_day_and_outages_that_do_not_qualify_move_nothing()
    {
        await using var s = await LetterScenario.StartAsync(azurite, Published);
        var company = await s.CompanyAsync("offl");
        var letter = await s.StageAsync(LetterScenario.Fields(company, term: 5));
        await s.PublishNightAsync();
        var friday = At(Published.AddDays(4), 12, 0);
        await s.Host.SetClockAsync(friday);
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        var route = $"/api/companies/{company}/letters/{letter}";
        await AssertDeadlineAsync(user, route, "2031-03-10", 1);

        // Another instance of the portal, which has read the off-line days before the outages are recorded.
        await using var other = await PortaleHost.StartAsync(azurite);
        await other.SetClockAsync(friday);
        using var otherUser = await other.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        await AssertDeadlineAsync(otherUser, route, "2031-03-10", 1);

        var shortOne = await RecordAsync(s.Staff, NewId("short"), At(Tuesday.AddDays(1), 10, 0), At(Tuesday.AddDays(1), 12, 59));
        var evening = await RecordAsync(s.Staff, NewId("evening"), At(Tuesday.AddDays(2), 17, 0), At(Tuesday.AddDays(2), 21, 0));
        var planned = await RecordAsync(s.Staff, NewId("planned"), At(Tuesday.AddDays(3), 9, 0), At(Tuesday.AddDays(3), 18, 0), planned: true);
        await AssertDeadlineAsync(user, route, "2031-03-10", 1);
        foreach (var outage in new[] { shortOne, evening, planned })
        {
            Assert.False(outage.GetProperty("qualifies").GetBoolean());
            Assert.Empty(outage.GetProperty("offlineDays").EnumerateArray());
        }

        var qualifying = await RecordAsync(s.Staff, NewId("guasto"), At(Tuesday, 9, 0), At(Tuesday, 12, 1));
        Assert.True(qualifying.GetProperty("qualifies").GetBoolean());
        Assert.Equal(["2031-03-04"], qualifying.GetProperty("offlineDays").EnumerateArray().Select(d => d.GetString()));
        // The instance that saved it counts with it at once: Tuesday is left out, the deadline is Tue 11/03.
        await AssertDeadlineAsync(user, route, "2031-03-11", 2);
        var toWork = await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/letters?section=new&pageSize=10");
        Assert.Equal(2, Assert.Single(toWork.GetProperty("items").EnumerateArray()).GetProperty("daysToDeadline").GetInt32());

        // The other instance trusts what it read for Portale:Outages:RefreshSeconds (60 by default), then reads again.
        await AssertDeadlineAsync(otherUser, route, "2031-03-10", 1);
        await other.SetClockAsync(friday.AddSeconds(61));
        await AssertDeadlineAsync(otherUser, route, "2031-03-11", 2);

        var listed = await LetterScenario.GetJsonAsync(s.Staff, "/api/backoffice/outages");
        var ids = listed.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Contains(qualifying.GetProperty("id").GetString(), ids);
        Assert.Contains(planned.GetProperty("id").GetString(), ids);
    }

    [Fact]
    public async Task Staff_record_outages_with_checked_fields_and_operators_cannot()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        // Staff tokens are validated against the real clock: taken before the business clock moves.
        using var staff = await host.StaffClientAsync(Portale.Functions.Security.StaffRoles.BackOffice);
        using var helpDesk = await host.StaffClientAsync(Portale.Functions.Security.StaffRoles.HelpDesk);
        await host.SetClockAsync(At(new DateOnly(2031, 3, 20), 12, 30));
        var day = new DateOnly(2031, 3, 19);

        using (var wrong = await PutAsync(staff, "Bad_Id", At(day, 12, 0), At(day, 11, 0), note: new string('n', 501)))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
            var problem = JsonDocument.Parse(await wrong.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("validation-failed", problem.GetProperty("code").GetString());
            Assert.Equal(["La fine dell'interruzione deve essere successiva al suo inizio."], Errors(problem, "endsAt"));
            Assert.Single(Errors(problem, "id"));
            Assert.Equal(["La nota non può superare 500 caratteri."], Errors(problem, "note"));
        }
        using (var future = await PutAsync(staff, NewId("future"), At(day, 9, 0), At(day.AddDays(2), 9, 0)))
        {
            var problem = JsonDocument.Parse(await future.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(["La fine di un'interruzione non programmata non può essere nel futuro: lasciarla vuota finché l'interruzione è in corso."],
                Errors(problem, "endsAt"));
        }
        // Still going on: no end; its off-line day appears once its fourth hour within the window has passed.
        var id = NewId("ongoing");
        var ongoing = await RecordAsync(staff, id, At(day.AddDays(1), 9, 0), null);
        Assert.Equal(JsonValueKind.Null, ongoing.GetProperty("endsAt").ValueKind);
        Assert.Equal(["2031-03-20"], ongoing.GetProperty("offlineDays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("Operatore Sportello", ongoing.GetProperty("recordedBy").GetString());
        // Resolved: the end is recorded (an outage left open would make every later working day off-line).
        var resolved = await RecordAsync(staff, id, At(day.AddDays(1), 9, 0), At(day.AddDays(1), 12, 15));
        Assert.Equal(ongoing.GetProperty("offlineDays").ToString(), resolved.GetProperty("offlineDays").ToString());

        using (var notBackOffice = await PutAsync(helpDesk, NewId("x"), At(day, 9, 0), At(day, 13, 0)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notBackOffice.StatusCode);
        }
        using var user = await host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30]);
        using (var notStaff = await PutAsync(user, NewId("x"), At(day, 9, 0), At(day, 13, 0)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, notStaff.StatusCode);
        }
        using (var list = await user.GetAsync("/api/backoffice/outages"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        }
    }

    private static async Task AssertDeadlineAsync(HttpClient user, string route, string deadline, int daysToDeadline)
    {
        var letter = await LetterScenario.GetJsonAsync(user, route);
        Assert.Equal((deadline, daysToDeadline), (letter.GetProperty("deadline").GetString(), letter.GetProperty("daysToDeadline").GetInt32()));
    }
}
