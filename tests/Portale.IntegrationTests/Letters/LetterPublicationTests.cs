using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Letters;

[Collection(AzuriteCollection.Name)]
public sealed class LetterPublicationTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Staged_letter_is_published_by_the_nightly_loading_to_its_TO_and_CC_companies_with_that_days_date()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 3, 10));
        var to = await s.CompanyAsync("to");
        var cc = await s.CompanyAsync("cc");
        var name = LetterScenario.NewLetterName();
        var pdf = TestPdfs.OnePage(name);
        using var staged = await s.StageRawAsync(name.ToLowerInvariant(), pdf, LetterScenario.Fields(to, [cc]));
        var body = await LetterScenario.JsonAsync(staged);
        Assert.Equal(HttpStatusCode.Created, staged.StatusCode);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), body.GetProperty("hash").GetString());
        Assert.Equal(name, body.GetProperty("name").GetString());

        await s.Host.SetClockAsync(LetterScenario.At(s.Day, 0, 40));
        using (var early = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], to, cc))
        {
            Assert.Equal(0, (await LetterScenario.GetJsonAsync(early, $"/api/companies/{to}/letters?section=new")).GetProperty("total").GetInt32());
        }

        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], to, cc);

        var toList = await LetterScenario.GetJsonAsync(user, $"/api/companies/{to}/letters?section=new");
        var item = Assert.Single(toList.GetProperty("items").EnumerateArray());
        Assert.Equal(name, item.GetProperty("name").GetString());
        Assert.Equal("TO", item.GetProperty("recipient").GetString());
        Assert.StartsWith("2026-03-10T01:05", item.GetProperty("publishedAt").GetString());
        Assert.Equal(body.GetProperty("hash").GetString(), item.GetProperty("hash").GetString());
        var ccItem = Assert.Single((await LetterScenario.GetJsonAsync(user, $"/api/companies/{cc}/letters?section=new")).GetProperty("items").EnumerateArray());
        Assert.Equal("CC", ccItem.GetProperty("recipient").GetString());
        Assert.Equal("2027-03-10", ccItem.GetProperty("offlineOn").GetString());

        var pdfBack = await user.GetByteArrayAsync($"/api/companies/{cc}/letters/{name}/pdf");
        Assert.Equal(pdf, pdfBack);
    }

    [Fact]
    public async Task Concurrent_stagings_of_one_name_keep_exactly_one_letter_whose_PDF_matches_its_hash()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 9, 1));
        var to = await s.CompanyAsync("race");
        var name = LetterScenario.NewLetterName();
        var pdfs = Enumerable.Range(0, 6).Select(i => TestPdfs.OnePage($"{name} versione {i}")).ToList();

        var responses = await Task.WhenAll(pdfs.Select(pdf => s.StageRawAsync(name, pdf, LetterScenario.Fields(to))));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(c => c == HttpStatusCode.Created));
        Assert.All(statuses.Where(c => c != HttpStatusCode.Created), c => Assert.Equal(HttpStatusCode.Conflict, c));
        var hash = (await LetterScenario.JsonAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Created))).GetProperty("hash").GetString();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        // The losers wrote their bytes too, but beside the winner's: what recipients download is
        // exactly the PDF whose SHA-256 the portal shows as Hash Lettera.
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], to);
        var listed = await LetterScenario.GetJsonAsync(user, $"/api/companies/{to}/letters/{name}");
        Assert.Equal(hash, listed.GetProperty("hash").GetString());
        var downloaded = await user.GetByteArrayAsync($"/api/companies/{to}/letters/{name}/pdf");
        Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(downloaded)));
        Assert.Contains(pdfs, pdf => pdf.SequenceEqual(downloaded));
    }

    [Fact]
    public async Task Staging_refuses_bad_input_in_Italian_and_writes_nothing()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 3, 11));
        var to = await s.CompanyAsync("to");
        var good = LetterScenario.NewLetterName();

        await AssertRefusedAsync(await s.StageRawAsync(good, Encoding.UTF8.GetBytes("non sono un pdf"), LetterScenario.Fields(to)),
            "file", $"Il formato del file '{good}' non è valido");
        await AssertRefusedAsync(await s.StageRawAsync("lettera.pdf", TestPdfs.OnePage("x"), LetterScenario.Fields(to)),
            "file", "Il nome del file 'lettera.pdf' non è valido: deve essere nella forma L-P-AA-NNNNNNN_NN.PDF.");
        await AssertRefusedAsync(await s.StageRawAsync(good, TestPdfs.OnePage("x"), LetterScenario.Fields("sconosciuta")),
            "to", "La società 'sconosciuta' non è censita.");
        await AssertRefusedAsync(await s.StageRawAsync(good, TestPdfs.OnePage("x"), new { to, serviceType = "elettrico", sector = "energy", termWorkingDays = 5, specialProcedure = false }),
            "caseId", "Il campo ID Caso è obbligatorio.");
        await AssertRefusedAsync(await s.StageRawAsync(good, TestPdfs.OnePage("x"), LetterScenario.Fields(to, term: 0)),
            "termWorkingDays", "Il termine di risposta deve essere un numero di giorni lavorativi da 1 a 90.");

        // The same name is still free: nothing was kept from the refused attempts.
        await s.StageAsync(LetterScenario.Fields(to), good);
        using var again = await s.StageRawAsync(good, TestPdfs.OnePage("x"), LetterScenario.Fields(to));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Back_office_routes_need_the_back_office_role_and_validate_companies()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 3, 12));
        using var anonymous = await s.Host.Client.GetAsync("/api/backoffice/companies");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var bad = await s.Staff.PutAsync("/api/backoffice/companies/acme-x",
            new StringContent("""{"name":"Acme","vatNumber":"12345678901","pecAddress":"no","sectors":["gas"]}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("partita IVA", problem.GetProperty("vatNumber")[0].GetString());
        Assert.True(problem.TryGetProperty("pecAddress", out _));
        Assert.True(problem.TryGetProperty("sectors", out _));
        var id = await s.CompanyAsync("ok", "energy", "water");
        var list = await LetterScenario.GetJsonAsync(s.Staff, "/api/backoffice/companies");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field, string message)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, text);
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty(field);
            Assert.Contains(errors.EnumerateArray(), e => e.GetString() == message);
        }
    }
}
