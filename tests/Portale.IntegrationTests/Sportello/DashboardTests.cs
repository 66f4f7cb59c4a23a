using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Publication;
using Portale.Functions.Letters;
using Portale.Functions.Publication;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Sportello;

/// <summary>
/// The staff dashboard: one row per company whose counters follow publication, download, proroga, answer,
/// sollecito and the ageing («assente»), and whose overdue count moves across a day boundary when the
/// daily ageing computes the rows again; paged and filtered by sector, read by every staff role only.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardTests(DedicatedAzurite own) : IClassFixture<DedicatedAzurite>
{
    private readonly AzuriteProcess azurite = own.Azurite;

    // Published Mon 03/03/2025 with 5 working days: deadline Mon 10/03 (with a proroga of 2: Wed 12/03);
    // «assente» from Tue 01/04 (the 15th working day after the deadline is Mon 31/03).
    private static readonly DateOnly Published = new(2025, 3, 3);

    [Fact]
    public async Task Counters_follow_every_kind_of_change_and_overdue_moves_with_the_ageing_of_the_day()
    {
        await using var s = await LetterScenario.StartAsync(azurite, Published);
        using var readOnly = await s.Host.StaffClientAsync(StaffRoles.ReadOnly);
        var energy = await s.CompanyAsync("dsh");
        var water = await s.CompanyAsync("dsw", "water");
        var (plain, extended, answered) = (
            await s.StageAsync(LetterScenario.Fields(energy, term: 5)), await s.StageAsync(LetterScenario.Fields(energy, term: 5)),
            await s.StageAsync(LetterScenario.Fields(energy, term: 5)));
        await s.StageAsync(LetterScenario.Fields(water, serviceType: "idrico", term: 5, sector: "water"));
        Assert.Equal((0, 0, 0, 0, 0, (int?)null), Figures(await RowAsync(readOnly, energy)));

        await s.PublishNightAsync();
        Assert.Equal((3, 3, 0, 0, 0, (int?)null), Figures(await RowAsync(readOnly, energy)));
        Assert.Equal((1, 1, 0, 0, 0, (int?)null), Figures(await RowAsync(readOnly, water)));

        using (var user = await s.Host.OperatorClientAsync($"dsh-{energy}", energy))
        {
            await DownloadedLettersAsync(s, user, energy, [plain, extended, answered]);
            using var proroga = await user.PostAsJsonAsync($"/api/companies/{energy}/letters/{extended}/extension", new { days = 2 });
            Assert.Equal(HttpStatusCode.OK, proroga.StatusCode);
        }
        Assert.Equal((0, 3, 0, 0, 0, (int?)null), Figures(await RowAsync(readOnly, energy)));

        // Answered on Wed 05/03: 2 working days after publication.
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2025, 3, 5), 10, 0));
        using (var user = await s.Host.OperatorClientAsync($"dsh-{energy}", energy))
        {
            var upload = await UploadAsync(user, energy, "answer", AnswerName(answered), TestPdfs.OnePage("risposta"), [answered]);
            Assert.Equal("accepted", upload.GetProperty("status").GetString());
        }
        Assert.Equal((0, 2, 0, 0, 0, (int?)2), Figures(await RowAsync(readOnly, energy)));

        using (var staged = await StageReminderAsync(s, plain))
        {
            Assert.Equal(HttpStatusCode.Created, staged.StatusCode);
        }
        await PublishNightAsync(s, new DateOnly(2025, 3, 6));
        Assert.Equal((0, 2, 0, 0, 1, (int?)2), Figures(await RowAsync(readOnly, energy)));

        // The deadline day is not overdue yet; the day after is, once the day's ageing has run (from 03:00).
        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2025, 3, 10), 3, 30));
        Assert.Equal(0, (await RowAsync(readOnly, energy)).GetProperty("overdue").GetInt32());
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2025, 3, 11), 0, 30));
        Assert.Equal(0, (await RowAsync(readOnly, energy)).GetProperty("overdue").GetInt32());
        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2025, 3, 11), 3, 30));
        var row = await RowAsync(readOnly, energy);
        Assert.Equal((2, 1), (row.GetProperty("toAnswer").GetInt32(), row.GetProperty("overdue").GetInt32()));
        var ageingRun = LetterScenario.At(new DateOnly(2025, 3, 11), 3, 30);
        Assert.InRange(row.GetProperty("updatedAt").GetDateTimeOffset(), ageingRun, ageingRun.AddMinutes(1));

        // «assente» counts in the month of the classification: April's row shows it, with both letters overdue.
        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2025, 4, 1), 3, 30));
        row = await RowAsync(readOnly, energy);
        Assert.Equal((2, 2, 1), (row.GetProperty("toAnswer").GetInt32(), row.GetProperty("overdue").GetInt32(),
            row.GetProperty("absentThisMonth").GetInt32()));
        Assert.Equal(1, (await RowAsync(readOnly, water)).GetProperty("overdue").GetInt32());
    }

    [Fact]
    public async Task The_dashboard_pages_by_company_filters_by_sector_and_is_read_by_staff_roles_only()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2025, 6, 2));
        var companies = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            companies.Add(await s.CompanyAsync("dpg", i == 0 ? "water" : "energy"));
        }
        companies.Add(await s.CompanyAsync("dpb", "energy", "water"));
        using var helpDesk = await s.Host.StaffClientAsync(StaffRoles.HelpDesk);

        var first = await LetterScenario.GetJsonAsync(helpDesk, "/api/backoffice/dashboard?pageSize=10");
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await LetterScenario.GetJsonAsync(helpDesk, $"/api/backoffice/dashboard?pageSize=10&cursor={Uri.EscapeDataString(cursor!)}");
        var ids = Ids(first).Concat(Ids(second)).ToList();
        Assert.True(ids.Count >= 12 && ids.Distinct().Count() == ids.Count, string.Join(",", ids));
        Assert.Subset(ids.ToHashSet(), companies.ToHashSet());
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, first.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);

        var waterRows = await LetterScenario.GetJsonAsync(s.Staff, "/api/backoffice/dashboard?sector=water&pageSize=100");
        Assert.Subset(Ids(waterRows).ToHashSet(), new HashSet<string> { companies[0], companies[^1] });
        Assert.DoesNotContain(companies[1], Ids(waterRows));
        Assert.All(waterRows.GetProperty("items").EnumerateArray(),
            r => Assert.Contains("water", r.GetProperty("sectors").EnumerateArray().Select(x => x.GetString())));

        using (var badSector = await helpDesk.GetAsync("/api/backoffice/dashboard?sector=gas"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, badSector.StatusCode);
            Assert.Equal("validation-failed", (await badSector.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }
        using (var otherQuery = await helpDesk.GetAsync($"/api/backoffice/dashboard?sector=water&pageSize=10&cursor={Uri.EscapeDataString(cursor!)}"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, otherQuery.StatusCode);
        }
        using (var anonymous = await s.Host.Client.GetAsync("/api/backoffice/dashboard"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        using var noRole = await s.Host.ApplicationClientAsync("sistema-senza-ruolo");
        using (var forbidden = await noRole.GetAsync("/api/backoffice/dashboard"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        // The register is read by every staff role now, and still changed by the back office only.
        using var readOnly = await s.Host.StaffClientAsync(StaffRoles.ReadOnly);
        Assert.Contains(companies[0], (await LetterScenario.GetJsonAsync(readOnly, "/api/backoffice/companies"))
            .GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        using (var put = await readOnly.PutAsJsonAsync($"/api/backoffice/companies/{companies[0]}", new { name = "x" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        }
    }

    // Mon 02/03/2026 with 5 working days: deadline Mon 09/03; «assente» from Tue 31/03.
    private static readonly DateOnly StatesPublished = new(2026, 3, 2);

    /// <summary>
    /// <c>GET /api/backoffice/companies/{companyId}/letters?state=</c>: a company's letters in a state across the
    /// sections, offline ones too, on the dashboard's definitions (overdue moves with the day, not with a write),
    /// newest first and paged; refused with a wrong state, another query's cursor or without a staff role.
    /// </summary>
    [Fact]
    public async Task Each_state_lists_the_letters_the_dashboard_counts_for_it_across_sections_and_pages()
    {
        await using var s = await LetterScenario.StartAsync(azurite, StatesPublished);
        var company = await s.CompanyAsync("lst");
        var other = await s.CompanyAsync("lso");
        var letters = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            letters.Add(await s.StageAsync(LetterScenario.Fields(company, term: 5)));
        }
        var elsewhere = await s.StageAsync(LetterScenario.Fields(other, term: 5));
        await s.PublishNightAsync();
        using var readOnly = await s.Host.StaffClientAsync(StaffRoles.ReadOnly);
        var root = $"/api/backoffice/companies/{company}/letters";

        var first = await LetterScenario.GetJsonAsync(readOnly, $"{root}?state=to-download&pageSize=10");
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await LetterScenario.GetJsonAsync(readOnly, $"{root}?state=to-download&pageSize=10&cursor={Uri.EscapeDataString(cursor)}");
        var paged = LetterNames(first).Concat(LetterNames(second)).ToList();
        Assert.Equal(letters.Order(StringComparer.Ordinal), paged);
        Assert.Equal(11, first.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.DoesNotContain(elsewhere, paged);
        Assert.Equal(11, await CountAsync(readOnly, root, "to-answer"));

        var (answered, downloaded) = (letters[0], letters[1]);
        using (var user = await s.Host.OperatorClientAsync($"lst-{company}", company))
        {
            await DownloadedLettersAsync(s, user, company, [answered, downloaded]);
        }
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2026, 3, 4), 10, 0));
        using (var user = await s.Host.OperatorClientAsync($"lst-{company}", company))
        {
            var upload = await UploadAsync(user, company, "answer", AnswerName(answered), TestPdfs.OnePage("risposta"), [answered]);
            Assert.Equal("accepted", upload.GetProperty("status").GetString());
        }
        Assert.Equal(9, await CountAsync(readOnly, root, "to-download"));
        Assert.Equal(10, await CountAsync(readOnly, root, "to-answer"));
        Assert.Equal([answered], LetterNames(await LetterScenario.GetJsonAsync(readOnly, $"{root}?state=answered")));
        Assert.Equal(0, await CountAsync(readOnly, root, "overdue"));

        // Overdue the day after the deadline, read off the clock: no write made it so.
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2026, 3, 9), 12, 0));
        Assert.Equal(0, await CountAsync(readOnly, root, "overdue"));
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2026, 3, 10), 9, 0));
        Assert.Equal(10, await CountAsync(readOnly, root, "overdue"));

        Assert.Equal(0, await CountAsync(readOnly, root, "absent"));
        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2026, 4, 1), 3, 30));
        var absent = await LetterScenario.GetJsonAsync(readOnly, $"{root}?state=absent&pageSize=25");
        Assert.Equal(letters.Skip(1).Order(StringComparer.Ordinal), LetterNames(absent));
        Assert.Equal(0, await CountAsync(readOnly, root, "incomplete"));

        // Offline twelve months after the answer: no section lists it any more, the state filter still does.
        Assert.Equal(0, await CountAsync(readOnly, root, "offline"));
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2027, 3, 5), 9, 0));
        Assert.Equal([answered], LetterNames(await LetterScenario.GetJsonAsync(readOnly, $"{root}?state=offline")));
        Assert.DoesNotContain(answered, LetterNames(await LetterScenario.GetJsonAsync(readOnly, $"{root}?section=archive")));

        using (var wrong = await readOnly.GetAsync($"{root}?state=lost"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
            var problem = await wrong.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("query-invalid", problem.GetProperty("code").GetString());
            Assert.StartsWith("Stato non valido", problem.GetProperty("errors").GetProperty("state")[0].GetString());
        }
        using (var otherState = await readOnly.GetAsync($"{root}?state=to-answer&pageSize=10&cursor={Uri.EscapeDataString(cursor)}"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, otherState.StatusCode);
        }
        using (var unknown = await readOnly.GetAsync("/api/backoffice/companies/societa-assente/letters?state=answered"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }
        using var noRole = await s.Host.ApplicationClientAsync("sistema-senza-ruolo");
        using (var forbidden = await noRole.GetAsync($"{root}?state=answered"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }
        using var operatorClient = await s.Host.OperatorClientAsync($"lsx-{company}", company);
        using (var operatorCall = await operatorClient.GetAsync($"{root}?state=answered"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, operatorCall.StatusCode);
        }
    }

    private static async Task<int> CountAsync(HttpClient staff, string root, string state) =>
        (await LetterScenario.GetJsonAsync(staff, $"{root}?state={state}")).GetProperty("total").GetInt32();

    private static List<string> LetterNames(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("name").GetString()!)];

    private static IEnumerable<string> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("companyId").GetString()!);

    private static async Task<JsonElement> RowAsync(HttpClient staff, string company)
    {
        var page = await LetterScenario.GetJsonAsync(staff, "/api/backoffice/dashboard?pageSize=100");
        return page.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("companyId").GetString() == company);
    }

    private static (int, int, int, int, int, int?) Figures(JsonElement row) => (
        row.GetProperty("toDownload").GetInt32(), row.GetProperty("toAnswer").GetInt32(), row.GetProperty("overdue").GetInt32(),
        row.GetProperty("absentThisMonth").GetInt32(), row.GetProperty("remindersSent").GetInt32(),
        row.GetProperty("medianDaysToAnswer").ValueKind == JsonValueKind.Null ? null : row.GetProperty("medianDaysToAnswer").GetInt32());

    private static Task<HttpResponseMessage> StageReminderAsync(LetterScenario s, string letter)
    {
        var form = new MultipartFormDataContent();
        var name = $"S{letter[1..letter.IndexOf('_', StringComparison.Ordinal)]}_01.PDF";
        var file = new ByteArrayContent(TestPdfs.OnePage(name));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        form.Add(new StringContent(JsonSerializer.Serialize(new { letter })), "metadata");
        return s.Staff.PostAsync("/api/backoffice/reminders", form);
    }

    private static async Task PublishNightAsync(LetterScenario s, DateOnly day)
    {
        await s.RunAtAsync(PublicationFunctions.NightlyLoading, LetterScenario.At(day, 1, 5));
        Assert.True(await s.Host.Services.GetRequiredService<IJobLedger>().IsDoneAsync(NightlyPublication.JobName, day, CancellationToken.None));
        await s.Host.SetClockAsync(LetterScenario.At(day, 9, 0));
    }
}
