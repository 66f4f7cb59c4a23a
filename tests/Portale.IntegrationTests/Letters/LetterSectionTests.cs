using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Letters;

[Collection(AzuriteCollection.Name)]
public sealed class LetterSectionTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task New_section_filters_sorts_pages_and_counts_and_refuses_bad_parameters_in_Italian()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 3, 16));
        var company = await s.CompanyAsync("list");
        var other = await s.CompanyAsync("other");
        for (var i = 0; i < 12; i++)
        {
            await s.StageAsync(LetterScenario.Fields(company, serviceType: i % 3 == 0 ? "gas" : "elettrico", customer: $"Cliente {i:D2}"));
        }
        await s.StageAsync(LetterScenario.Fields(other, [company], customer: "Cliente in copia"));
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        var basePath = $"/api/companies/{company}/letters?section=new";

        var first = await LetterScenario.GetJsonAsync(user, basePath);
        Assert.Equal(13, first.GetProperty("total").GetInt32());
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        var second = await LetterScenario.GetJsonAsync(user, $"{basePath}&cursor={first.GetProperty("nextCursor").GetString()}");
        Assert.Equal(3, second.GetProperty("items").GetArrayLength());
        Assert.True(!second.TryGetProperty("nextCursor", out var end) || end.ValueKind == JsonValueKind.Null);
        var all = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal(13, all.Distinct().Count());

        Assert.Equal(4, (await LetterScenario.GetJsonAsync(user, $"{basePath}&serviceType=gas")).GetProperty("total").GetInt32());
        var cc = await LetterScenario.GetJsonAsync(user, $"{basePath}&recipient=CC");
        Assert.Equal(1, cc.GetProperty("total").GetInt32());
        Assert.Equal("Cliente in copia", cc.GetProperty("items")[0].GetProperty("customerName").GetString());
        var text = await LetterScenario.GetJsonAsync(user, $"{basePath}&q=cliente%2007");
        Assert.Equal(1, text.GetProperty("total").GetInt32());

        var sorted = await LetterScenario.GetJsonAsync(user, $"{basePath}&sort=customerName:asc&pageSize=25");
        var customers = sorted.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("customerName").GetString()!).ToList();
        Assert.Equal(customers.Order(StringComparer.CurrentCultureIgnoreCase), customers);
        var desc = await LetterScenario.GetJsonAsync(user, $"{basePath}&sort=customerName:desc&pageSize=10");
        Assert.Equal("Cliente in copia", desc.GetProperty("items")[0].GetProperty("customerName").GetString());
        var descNext = await LetterScenario.GetJsonAsync(user, $"{basePath}&sort=customerName:desc&pageSize=10&cursor={desc.GetProperty("nextCursor").GetString()}");
        Assert.Equal(3, descNext.GetProperty("items").GetArrayLength());

        await AssertInvalidAsync(user, $"{basePath}&pageSize=7", "pageSize", "Numero di elementi per pagina non valido");
        using (var badSize = await user.GetAsync($"{basePath}&pageSize=7"))
        {
            Assert.Equal("page-size-invalid", (await badSize.ProblemAsync()).GetProperty("code").GetString());
        }
        await AssertInvalidAsync(user, $"{basePath}&sort=colore:asc", "sort", "Ordinamento non valido");
        await AssertInvalidAsync(user, $"{basePath}&cursor=rotto", "cursor", "Il cursore di pagina non è valido");
        await AssertInvalidAsync(user, $"{basePath}&serviceType=vapore", "serviceType", "Tipo servizio non valido");
        await AssertInvalidAsync(user, $"/api/companies/{company}/letters?section=altro", "section", "Sezione non valida");
        // A cursor of one query is refused by another.
        await AssertInvalidAsync(user, $"{basePath}&serviceType=gas&cursor={first.GetProperty("nextCursor").GetString()}", "cursor", "Il cursore");
    }

    [Fact]
    public async Task Downloads_record_the_first_user_and_date_and_move_letters_to_their_sections()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 3, 17));
        var company = await s.CompanyAsync("dl");
        var other = await s.CompanyAsync("dlo");
        var a = await s.StageAsync(LetterScenario.Fields(company));
        var b = await s.StageAsync(LetterScenario.Fields(company));
        var c = await s.StageAsync(LetterScenario.Fields(other, [company]));
        await s.PublishNightAsync();
        var userId = $"u-{Guid.NewGuid():N}"[..30];
        using var user = await s.Host.OperatorClientAsync(userId, company);
        var badges = await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/badges");
        Assert.Equal(3, badges.GetProperty("newLetters").GetInt32());

        var pdf = await user.GetAsync($"/api/companies/{company}/letters/{a.ToLowerInvariant()}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var hash = (await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/letters/{a}")).GetProperty("hash").GetString();
        Assert.Equal(hash, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await pdf.Content.ReadAsByteArrayAsync())));

        using var zipResponse = await user.PostAsJsonAsync($"/api/companies/{company}/letters/download", new { letters = new[] { a, b, c } });
        Assert.Equal("application/zip", zipResponse.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await zipResponse.Content.ReadAsStreamAsync());
        Assert.Equal(new[] { a, b, c }.Order(), zip.Entries.Select(e => e.FullName).Order());

        var toWork = await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/letters?section=to-work");
        Assert.Equal(2, toWork.GetProperty("total").GetInt32());
        var first = toWork.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == a);
        Assert.Equal(userId, first.GetProperty("downloadedBy").GetString());
        Assert.StartsWith("2026-03-17T09:00", first.GetProperty("downloadedAt").GetString());
        var ccSection = await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/letters?section=cc");
        Assert.Equal(c, Assert.Single(ccSection.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());

        // A later download by someone else changes nothing: the first one fixed user and date.
        var laterId = $"u-{Guid.NewGuid():N}"[..30];
        using var later = await s.Host.OperatorClientAsync(laterId, company);
        (await later.GetAsync($"/api/companies/{company}/letters/{a}/pdf")).EnsureSuccessStatusCode();
        var detail = await LetterScenario.GetJsonAsync(later, $"/api/companies/{company}/letters/{a}");
        Assert.Equal(userId, detail.GetProperty("downloadedBy").GetString());

        badges = await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/badges");
        Assert.Equal(0, badges.GetProperty("newLetters").GetInt32());
        Assert.Equal(2, badges.GetProperty("toWork").GetInt32());
        Assert.Equal(1, badges.GetProperty("cc").GetInt32());

        using var missing = await user.PostAsJsonAsync($"/api/companies/{company}/letters/download", new { letters = new[] { a, "L-P-26-0000000_01.PDF" } });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var empty = await user.PostAsJsonAsync($"/api/companies/{company}/letters/download", new { letters = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
    }

    /// <summary>"Lettera" ticked (manual 6.1.1): every letter of the section that matches the filters, not a page.</summary>
    [Fact]
    public async Task A_zip_of_every_matching_letter_takes_the_sections_filters_and_only_them()
    {
        // A day of its own: the nightly loading runs once per day on the shared Azurite.
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 5, 12));
        var company = await s.CompanyAsync("zm");
        var gas = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            gas.Add(await s.StageAsync(LetterScenario.Fields(company, serviceType: "gas")));
        }
        var electric = await s.StageAsync(LetterScenario.Fields(company));
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);

        // Twelve gas letters: more than a page of ten, fewer than the section (thirteen).
        using var zipResponse = await user.PostAsJsonAsync($"/api/companies/{company}/letters/download",
            new { matching = new { section = "new", serviceType = "gas" } });
        Assert.Equal(HttpStatusCode.OK, zipResponse.StatusCode);
        using var zip = new ZipArchive(await zipResponse.Content.ReadAsStreamAsync());
        Assert.Equal(gas.Order(), zip.Entries.Select(e => e.FullName).Order());

        var left = await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/letters?section=new");
        Assert.Equal(electric, Assert.Single(left.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());

        // Nothing matches any more: nothing to download, said as for an empty selection.
        using var none = await user.PostAsJsonAsync($"/api/companies/{company}/letters/download",
            new { matching = new { section = "new", serviceType = "gas" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        using var bad = await user.PostAsJsonAsync($"/api/companies/{company}/letters/download",
            new { matching = new { section = "altro" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Sezione non valida", await bad.Content.ReadAsStringAsync());
    }

    private static async Task AssertInvalidAsync(HttpClient client, string path, string field, string messageStart)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{path}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var messages = JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty(field);
        Assert.StartsWith(messageStart, messages[0].GetString());
    }
}
