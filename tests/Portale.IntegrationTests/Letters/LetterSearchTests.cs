using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Storage;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Letters;

/// <summary>"Ricerca lettere" (manual 6.8) over HTTP: every section, each kind of filter, paging, Italian 400s, tenant isolation.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LetterSearchTests(AzuriteProcess azurite)
{
    private static readonly DateOnly Day = new(2026, 11, 17);

    private static object Fields(string to, string[]? cc = null, string customer = "Cliente Comune", string caseId = "900001",
        string address = "Via Roma 1, Roma", string practiceType = "RECLAMI EX DEL 286 14_3 GG") => new
    {
        to,
        cc = cc ?? [],
        caseId,
        practiceType,
        utility = "POD:IT001E00000000",
        serviceType = "elettrico",
        topic = "MERCATO",
        subTopic = "DOPPIA FATTURAZIONE",
        customerName = customer,
        supplyAddress = address,
        termWorkingDays = 20,
        specialProcedure = false,
        sector = "energy",
    };

    [Fact]
    public async Task Finds_the_company_letters_of_every_section_by_each_filter_with_paging_and_refuses_bad_searches_in_Italian()
    {
        await using var s = await LetterScenario.StartAsync(azurite, Day);
        var mine = await s.CompanyAsync("srch");
        var theirs = await s.CompanyAsync("srcho");
        var fresh = await s.StageAsync(Fields(mine, customer: "Anna Ricercata", caseId: "777001", address: "Piazza Duomo 3, Milano"));
        var toWork = await s.StageAsync(Fields(mine, customer: "anna ricercata", caseId: "777002"));
        var copy = await s.StageAsync(Fields(theirs, [mine], customer: "ANNA RICERCATA", caseId: "777003", practiceType: "RICHIESTA INFORMAZIONI"));
        var notMine = await s.StageAsync(Fields(theirs, customer: "Anna Ricercata", caseId: "777004"));
        for (var i = 0; i < 9; i++)
        {
            await s.StageAsync(Fields(mine, customer: $"Cliente {i:D2}"));
        }
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], mine);
        var root = $"/api/companies/{mine}/letters";
        (await user.GetAsync($"{root}/{toWork}/pdf")).EnsureSuccessStatusCode();
        (await user.GetAsync($"{root}/{copy}/pdf")).EnsureSuccessStatusCode();
        (await user.PutAsJsonAsync($"{root}/{toWork}/note", new { text = "Richiamare il cliente lunedì" })).EnsureSuccessStatusCode();

        // Denominazione Cliente, whole value ignoring case: three sections, newest first, never the other company's letter.
        var byCustomer = await SearchAsync(user, mine, "customerName=Anna%20Ricercata");
        Assert.Equal(3, byCustomer.GetProperty("total").GetInt32());
        Assert.Equal(new[] { copy, fresh, toWork }.Order(StringComparer.Ordinal), Names(byCustomer).Order(StringComparer.Ordinal));
        Assert.Equal(["cc", "new", "to-work"], byCustomer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("section").GetString()!).Order());
        Assert.DoesNotContain(notMine, Names(byCustomer));
        Assert.Equal(0, (await SearchAsync(user, mine, "customerName=Anna")).GetProperty("total").GetInt32());
        Assert.Equal(3, (await SearchAsync(user, mine, "customerName=%25ricerc%25")).GetProperty("total").GetInt32());

        // Lettera: exact name in any case, and "ricerca estesa" by its start.
        Assert.Equal([fresh], Names(await SearchAsync(user, mine, $"letter={fresh.ToLowerInvariant()}")));
        Assert.Equal([fresh], Names(await SearchAsync(user, mine, $"letter={fresh[..^4]}%25")));
        Assert.Equal(12, (await SearchAsync(user, mine, "letter=l-p-26%25")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(user, mine, "letter=L-P-25%25")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(user, mine, $"letter={notMine}")).GetProperty("total").GetInt32());

        // The other filters, alone or together.
        Assert.Equal([copy], Names(await SearchAsync(user, mine, "recipient=CC")));
        Assert.Equal([toWork], Names(await SearchAsync(user, mine, "caseId=777002")));
        Assert.Equal([fresh], Names(await SearchAsync(user, mine, "supplyAddress=piazza%25")));
        Assert.Equal([toWork], Names(await SearchAsync(user, mine, "note=%25richiamare%25")));
        Assert.Equal([copy], Names(await SearchAsync(user, mine, "practiceType=richiesta%20informazioni")));
        Assert.Equal([toWork], Names(await SearchAsync(user, mine, "customerName=anna%20ricercata&recipient=TO&note=%25")));
        Assert.Equal(12, (await SearchAsync(user, mine, "utility=POD:IT001E00000000&topic=mercato&subTopic=doppia%20fatturazione")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(user, mine, "answer=%25")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(user, mine, "completeness=%25")).GetProperty("total").GetInt32());

        // Pubblicazione dal / al, in Rome days.
        var day = Day.ToString("yyyy-MM-dd");
        Assert.Equal(12, (await SearchAsync(user, mine, $"publishedFrom={day}&publishedTo={day}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(user, mine, $"publishedTo={Day.AddDays(-1):yyyy-MM-dd}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(user, mine, $"publishedFrom={Day.AddDays(1):yyyy-MM-dd}")).GetProperty("total").GetInt32());

        // Paging: the cursor continues the same search, and only it.
        var first = await SearchAsync(user, mine, $"publishedFrom={day}&pageSize=10");
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await SearchAsync(user, mine, $"publishedFrom={day}&pageSize=10&cursor={cursor}");
        Assert.Equal(2, second.GetProperty("items").GetArrayLength());
        Assert.Equal(12, second.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(12, Names(first).Concat(Names(second)).Distinct().Count());
        Assert.Equal(first.GetProperty("items")[0].GetProperty("hash").GetString(),
            (await LetterScenario.GetJsonAsync(user, $"{root}/{Names(first)[0]}")).GetProperty("hash").GetString());

        // Sorted on a column, on the server over every result (not the page): paged by offset, the cursor kept.
        static string[] Customers(JsonElement page) =>
            [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("customerName").GetString()!)];
        var sorted = await SearchAsync(user, mine, $"publishedFrom={day}&sort=customerName:asc");
        Assert.Equal(12, sorted.GetProperty("total").GetInt32());
        Assert.All(Customers(sorted).Take(3), c => Assert.Equal("anna ricercata", c, ignoreCase: true));
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"Cliente {i:D2}"), Customers(sorted).Skip(3));
        var sortedRest = await SearchAsync(user, mine,
            $"publishedFrom={day}&sort=customerName:asc&cursor={sorted.GetProperty("nextCursor").GetString()}");
        Assert.Equal(["Cliente 07", "Cliente 08"], Customers(sortedRest));
        Assert.Equal(JsonValueKind.Null, sortedRest.GetProperty("nextCursor").ValueKind);
        Assert.Equal("Cliente 08", Customers(await SearchAsync(user, mine, $"publishedFrom={day}&sort=customerName:desc"))[0]);
        // Sezione in the manual's order of the sections (1 new, 2 to work, 3 cc).
        Assert.Equal([fresh, toWork, copy], Names(await SearchAsync(user, mine, "customerName=Anna%20Ricercata&sort=section:asc")));
        await AssertFieldErrorAsync(user, $"{root}/search?letter=L%25&sort=colore:asc", "sort", "Ordinamento non valido");
        await AssertFieldErrorAsync(user,
            $"{root}/search?publishedFrom={day}&sort=customerName:desc&cursor={sorted.GetProperty("nextCursor").GetString()}",
            "cursor", "Il cursore di pagina non è valido");

        // Bad searches: 400 problems in Italian, per field.
        using (var empty = await user.GetAsync($"{root}/search?letter=%20&pageSize=25"))
        {
            var problem = await ProblemAsync(empty);
            Assert.Equal("search-empty", problem.GetProperty("code").GetString());
            Assert.Equal("Indicare almeno un filtro di ricerca.", problem.GetProperty("title").GetString());
        }
        await AssertFieldErrorAsync(user, $"{root}/search?publishedFrom=17/11/2026", "publishedFrom", "Pubblicazione dal: data non valida (formato aaaa-mm-gg).");
        await AssertFieldErrorAsync(user, $"{root}/search?publishedFrom={day}&publishedTo={Day.AddDays(-1):yyyy-MM-dd}", "publishedTo", "Pubblicazione al non può essere precedente a Pubblicazione dal.");
        await AssertFieldErrorAsync(user, $"{root}/search?recipient=SI", "recipient", "Destinatario Principale non valido: valori ammessi TO (SI), CC (NO).");
        await AssertFieldErrorAsync(user, $"{root}/search?letter=L%25&pageSize=7", "pageSize", "Numero di elementi per pagina non valido: valori ammessi 10, 25, 50, 100.");
        using (var badSize = await user.GetAsync($"{root}/search?letter=L%25&pageSize=7"))
        {
            Assert.Equal("page-size-invalid", (await ProblemAsync(badSize)).GetProperty("code").GetString());
        }
        await AssertFieldErrorAsync(user, $"{root}/search?publishedFrom={day}&pageSize=25&cursor={cursor}", "cursor", "Il cursore di pagina non è valido");

        // Another company's search is not even there for this user.
        using var foreign = await user.GetAsync($"/api/companies/{theirs}/letters/search?customerName=Anna%20Ricercata");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain(notMine, await foreign.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_letter_past_its_Data_Offline_is_not_found()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 11, 18));
        var to = await s.CompanyAsync("srto");
        var cc = await s.CompanyAsync("srcc");
        var letter = await s.StageAsync(Fields(to, [cc], customer: "Cliente Offline"));
        await s.PublishNightAsync();
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2027, 11, 17), 9, 0));
        using (var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], cc))
        {
            Assert.Equal([letter], Names(await SearchAsync(user, cc, "customerName=cliente%20offline")));
        }
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2027, 11, 18), 9, 0));
        using var later = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], cc, to);
        var gone = await SearchAsync(later, cc, "customerName=cliente%20offline");
        Assert.Equal(0, gone.GetProperty("total").GetInt32());
        Assert.Equal(0, gone.GetProperty("items").GetArrayLength());
        // The TO copy waits for its answer: it never goes offline unanswered.
        Assert.Equal([letter], Names(await SearchAsync(later, to, $"letter={letter}")));
    }

    [Fact]
    public async Task A_search_over_21000_letters_more_than_the_old_refusal_returns_its_first_page_newest_first_and_storage_compares_the_prefix()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: new Dictionary<string, string> { ["Portale:Storage:CostMeter"] = "true" });
        var meter = host.Services.GetRequiredService<StorageClients>().CostMeter!;
        var company = LetterScenario.NewCompanyId("big");
        var letters = SeededLetters.Of(company, 21_000, TestClock.Now().AddDays(-1));
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        await SeededLetters.PublishAsync(host, letters);
        Console.WriteLine($"Seeding 21,000 letters: {seeding.ElapsedMilliseconds} ms");
        using var user = await host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);

        // "%bianchi%" cannot be compared by storage: every online index row is read, in pages, none kept beyond the page.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var contains = await SearchAsync(user, company, "customerName=%25bianchi%25&pageSize=25");
        watch.Stop();
        var expected = letters.Where(l => l.Fields.CustomerName.Contains("Bianchi", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Count, contains.GetProperty("total").GetInt32());
        Assert.Equal(expected.Take(25).Select(l => l.Name), Names(contains));
        var next = await SearchAsync(user, company, $"customerName=%25bianchi%25&pageSize=25&cursor={contains.GetProperty("nextCursor").GetString()}");
        Assert.Equal(expected.Skip(25).Take(25).Select(l => l.Name), Names(next));
        Assert.Equal(expected.Count, next.GetProperty("total").GetInt32());

        // "giulia%" is a range on the normalised column: storage returns only the matches.
        var prefix = await meter.MeasureAsync(async () =>
            Assert.Equal(4_200, (await SearchAsync(user, company, "customerName=giulia%25")).GetProperty("total").GetInt32()));
        Assert.True(prefix.Of("table:companyletters").Entities <= 4_200, $"giulia%: {prefix}");
        Console.WriteLine($"Search %bianchi% over 21,000 letters: {watch.ElapsedMilliseconds} ms");
    }

    private static Task<JsonElement> SearchAsync(HttpClient user, string company, string query) =>
        LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/letters/search?{query}");

    private static List<string> Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, text);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task AssertFieldErrorAsync(HttpClient user, string path, string field, string messageStart)
    {
        using var response = await user.GetAsync(path);
        var problem = await ProblemAsync(response);
        Assert.StartsWith(messageStart, problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }
}
