using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Letters;

[Collection(AzuriteCollection.Name)]
public sealed class LetterWorkTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Notes_up_to_500_characters_and_proroga_rules_with_days_to_deadline_across_a_holiday()
    {
        // Monday 1 June 2026; Tuesday 2 June is Festa della Repubblica.
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 6, 1));
        var company = await s.CompanyAsync("work");
        var plain = await s.StageAsync(LetterScenario.Fields(company, term: 3));
        var special = await s.StageAsync(LetterScenario.Fields(company, term: 3, special: true));
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        var root = $"/api/companies/{company}/letters";

        (await LetterScenario.JsonAsync(await user.PutAsJsonAsync($"{root}/{plain}/note", new { text = new string('n', 500) }))).GetProperty("note");
        using (var tooLong = await user.PutAsJsonAsync($"{root}/{plain}/note", new { text = new string('n', 501) }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
            var problem = await tooLong.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("note-too-long", problem.GetProperty("code").GetString());
            Assert.Equal("La nota non può superare 500 caratteri (inseriti 501).", problem.GetProperty("errors").GetProperty("text")[0].GetString());
        }
        Assert.Equal(500, (await LetterScenario.GetJsonAsync(user, $"{root}/{plain}")).GetProperty("note").GetString()!.Length);

        using (var notYet = await user.PostAsJsonAsync($"{root}/{plain}/extension", new { days = 2 }))
        {
            Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        }
        (await user.PostAsJsonAsync($"{root}/download", new { letters = new[] { plain, special } })).EnsureSuccessStatusCode();

        var before = await LetterScenario.GetJsonAsync(user, $"{root}/{plain}");
        Assert.Equal("2026-06-05", before.GetProperty("deadline").GetString());
        Assert.Equal(3, before.GetProperty("daysToDeadline").GetInt32());
        Assert.Equal(17, before.GetProperty("extensionChoices").GetArrayLength());

        await AssertRefusedAsync(await user.PostAsJsonAsync($"{root}/{plain}/extension", new { days = 18 }), HttpStatusCode.UnprocessableEntity, "extension-days-out-of-range");
        var extended = await LetterScenario.JsonAsync(await user.PostAsJsonAsync($"{root}/{plain}/extension", new { days = 2 }));
        Assert.Equal("2026-06-09", extended.GetProperty("deadline").GetString());
        Assert.Equal(5, extended.GetProperty("daysToDeadline").GetInt32());
        Assert.Equal(2, extended.GetProperty("extensionDays").GetInt32());
        await AssertRefusedAsync(await user.PostAsJsonAsync($"{root}/{plain}/extension", new { days = 1 }), HttpStatusCode.Conflict, "extension-already-granted");
        await AssertRefusedAsync(await user.PostAsJsonAsync($"{root}/{special}/extension", new { days = 1 }), HttpStatusCode.Conflict, "extension-special-procedure");

        // Days to deadline are computed at read time: after the deadline they are negative.
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2026, 6, 10), 9, 0));
        using var nextDay = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        Assert.Equal(-1, (await LetterScenario.GetJsonAsync(nextDay, $"{root}/{plain}")).GetProperty("daysToDeadline").GetInt32());
    }

    [Fact]
    public async Task Proroga_is_refused_for_letters_published_before_2025()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2024, 12, 18));
        var company = await s.CompanyAsync("old");
        var letter = await s.StageAsync(LetterScenario.Fields(company, term: 5), LetterScenario.NewLetterName(24));
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        (await user.GetAsync($"/api/companies/{company}/letters/{letter}/pdf")).EnsureSuccessStatusCode();
        await AssertRefusedAsync(await user.PostAsJsonAsync($"/api/companies/{company}/letters/{letter}/extension", new { days = 1 }),
            HttpStatusCode.Conflict, "extension-before-2025");
    }

    [Fact]
    public async Task A_CC_letter_goes_offline_12_months_after_publication()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 3, 18));
        var to = await s.CompanyAsync("offto");
        var cc = await s.CompanyAsync("offcc");
        var letter = await s.StageAsync(LetterScenario.Fields(to, [cc]));
        await s.PublishNightAsync();
        using (var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], cc))
        {
            (await user.GetAsync($"/api/companies/{cc}/letters/{letter}/pdf")).EnsureSuccessStatusCode();
        }
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2027, 3, 17), 9, 0));
        using (var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], cc, to))
        {
            Assert.Equal(1, (await LetterScenario.GetJsonAsync(user, $"/api/companies/{cc}/letters?section=cc")).GetProperty("total").GetInt32());
            Assert.Equal(1, (await LetterScenario.GetJsonAsync(user, $"/api/companies/{to}/letters?section=new")).GetProperty("total").GetInt32());
        }
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2027, 3, 18), 9, 0));
        using var later = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], cc, to);
        var section = await LetterScenario.GetJsonAsync(later, $"/api/companies/{cc}/letters?section=cc");
        Assert.Equal(0, section.GetProperty("total").GetInt32());
        Assert.Equal(0, section.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await later.GetAsync($"/api/companies/{cc}/letters/{letter}")).StatusCode);
        // The TO copy waits for its answer: it never goes offline unanswered.
        Assert.Equal(1, (await LetterScenario.GetJsonAsync(later, $"/api/companies/{to}/letters?section=new")).GetProperty("total").GetInt32());
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, text);
            Assert.Equal(code, JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
        }
    }
}
