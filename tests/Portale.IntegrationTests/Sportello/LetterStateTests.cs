using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.Functions.Letters;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Sportello;

/// <summary>
/// <c>GET /api/backoffice/companies/{companyId}/letters?state=</c>: one company's letters in a state, across
/// the sections and offline ones too, on the dashboard's definitions (overdue moves with the day, not with a
/// write), newest first and paged; refused with a wrong state, another query's cursor or without a staff role.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LetterStateTests(DedicatedAzurite own) : IClassFixture<DedicatedAzurite>
{
    private readonly AzuriteProcess azurite = own.Azurite;

    // Published Mon 03/03/2025 with 5 working days: deadline Mon 10/03; «assente» from Tue 01/04.
    private static readonly DateOnly Published = new(2025, 3, 3);

    [Fact]
    public async Task Each_state_lists_the_letters_the_dashboard_counts_for_it_across_sections_and_pages()
    {
        await using var s = await LetterScenario.StartAsync(azurite, Published);
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
        var paged = Names(first).Concat(Names(second)).ToList();
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
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2025, 3, 5), 10, 0));
        using (var user = await s.Host.OperatorClientAsync($"lst-{company}", company))
        {
            var upload = await UploadAsync(user, company, "answer", AnswerName(answered), TestPdfs.OnePage("risposta"), [answered]);
            Assert.Equal("accepted", upload.GetProperty("status").GetString());
        }
        Assert.Equal(9, await CountAsync(readOnly, root, "to-download"));
        Assert.Equal(10, await CountAsync(readOnly, root, "to-answer"));
        Assert.Equal([answered], Names(await LetterScenario.GetJsonAsync(readOnly, $"{root}?state=answered")));
        Assert.Equal(0, await CountAsync(readOnly, root, "overdue"));

        // Overdue the day after the deadline, read off the clock: no write made it so.
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2025, 3, 10), 12, 0));
        Assert.Equal(0, await CountAsync(readOnly, root, "overdue"));
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2025, 3, 11), 9, 0));
        Assert.Equal(10, await CountAsync(readOnly, root, "overdue"));

        Assert.Equal(0, await CountAsync(readOnly, root, "absent"));
        await s.RunAtAsync(LetterFunctions.Ageing, LetterScenario.At(new DateOnly(2025, 4, 1), 3, 30));
        var absent = await LetterScenario.GetJsonAsync(readOnly, $"{root}?state=absent&pageSize=25");
        Assert.Equal(letters.Skip(1).Order(StringComparer.Ordinal), Names(absent));
        Assert.Equal(0, await CountAsync(readOnly, root, "incomplete"));

        // Offline twelve months after the answer: no section lists it any more, the state filter still does.
        Assert.Equal(0, await CountAsync(readOnly, root, "offline"));
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2026, 3, 6), 9, 0));
        Assert.Equal([answered], Names(await LetterScenario.GetJsonAsync(readOnly, $"{root}?state=offline")));
        Assert.DoesNotContain(answered, Names(await LetterScenario.GetJsonAsync(readOnly, $"{root}?section=archive")));

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

    private static List<string> Names(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("name").GetString()!)];
}
