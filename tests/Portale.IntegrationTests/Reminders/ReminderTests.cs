using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Publication;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using Portale.IntegrationTests.Uploads;

namespace Portale.IntegrationTests.Reminders;

/// <summary>Solleciti (manual 6.4): staged by the back office, published at night to the letter's TO company.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReminderTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Energy_reminder_is_published_to_the_TO_company_listed_with_its_letter_and_leaves_the_badge_when_downloaded()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 8, 4));
        var to = await s.CompanyAsync("rto");
        var cc = await s.CompanyAsync("rcc");
        var other = await s.CompanyAsync("roth");
        var letter = await s.StageAsync(LetterScenario.Fields(to, [cc], customer: "Anna Bianchi"));
        await s.PublishNightAsync();

        var reminder = LetterScenario.ReminderName(letter);
        var pdf = TestPdfs.OnePage(reminder);
        var staged = await LetterScenario.JsonAsync(await s.StageReminderRawAsync(reminder.ToLowerInvariant(), pdf, letter));
        Assert.Equal(reminder, staged.GetProperty("name").GetString());
        Assert.Equal(to, staged.GetProperty("to").GetString());

        // Only one sollecito per letter in the energy sector, even before the first is published.
        await AssertRefusedAsync(await s.StageReminderRawAsync(LetterScenario.ReminderName(letter, "02"), pdf, letter), "letter",
            $"La lettera {letter} ha già raggiunto il numero massimo di solleciti: è ammesso un solo sollecito per lettera nel settore energetico.");

        var night = s.Day.AddDays(1);
        await PublishNightAsync(s, night);
        var userId = $"u-{Guid.NewGuid():N}"[..30];
        using var user = await s.Host.OperatorClientAsync(userId, to, cc);

        var list = await LetterScenario.GetJsonAsync(user, $"/api/companies/{to}/reminders");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(reminder, item.GetProperty("name").GetString());
        Assert.StartsWith("2026-08-05T01:05", item.GetProperty("publishedAt").GetString());
        Assert.Equal(letter, item.GetProperty("letterName").GetString());
        Assert.StartsWith("2026-08-04T01:05", item.GetProperty("letterPublishedAt").GetString());
        Assert.Equal("Anna Bianchi", item.GetProperty("letter").GetProperty("customerName").GetString());
        Assert.Equal("123456", item.GetProperty("letter").GetProperty("caseId").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("downloadedAt").ValueKind);
        Assert.Equal(1, (await LetterScenario.GetJsonAsync(user, $"/api/companies/{to}/badges")).GetProperty("reminders").GetInt32());

        // TO only: the CC company gets no sollecito.
        Assert.Equal(0, (await LetterScenario.GetJsonAsync(user, $"/api/companies/{cc}/reminders")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await LetterScenario.GetJsonAsync(user, $"/api/companies/{cc}/badges")).GetProperty("reminders").GetInt32());
        using (var wrongPartition = await user.GetAsync($"/api/companies/{cc}/reminders/{reminder}/pdf"))
        {
            Assert.Equal(HttpStatusCode.NotFound, wrongPartition.StatusCode);
        }

        Assert.Equal(pdf, await user.GetByteArrayAsync($"/api/companies/{to}/reminders/{reminder.ToLowerInvariant()}/pdf"));
        Assert.Equal(0, (await LetterScenario.GetJsonAsync(user, $"/api/companies/{to}/badges")).GetProperty("reminders").GetInt32());
        var downloaded = Assert.Single((await LetterScenario.GetJsonAsync(user, $"/api/companies/{to}/reminders")).GetProperty("items").EnumerateArray());
        Assert.Equal(userId, downloaded.GetProperty("downloadedBy").GetString());
        var downloadedAt = downloaded.GetProperty("downloadedAt").GetString();
        Assert.StartsWith("2026-08-05T09:00", downloadedAt);

        // A later download changes nothing.
        Assert.Equal(pdf, await user.GetByteArrayAsync($"/api/companies/{to}/reminders/{reminder}/pdf"));
        var again = Assert.Single((await LetterScenario.GetJsonAsync(user, $"/api/companies/{to}/reminders")).GetProperty("items").EnumerateArray());
        Assert.Equal(downloadedAt, again.GetProperty("downloadedAt").GetString());

        // Another company's operator: 404 on list and PDF.
        using var stranger = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], other);
        using (var listOther = await stranger.GetAsync($"/api/companies/{to}/reminders"))
        {
            Assert.Equal(HttpStatusCode.NotFound, listOther.StatusCode);
        }
        using (var pdfOther = await stranger.GetAsync($"/api/companies/{to}/reminders/{reminder}/pdf"))
        {
            Assert.Equal(HttpStatusCode.NotFound, pdfOther.StatusCode);
        }
        using (var ownPartition = await stranger.GetAsync($"/api/companies/{other}/reminders/{reminder}/pdf"))
        {
            Assert.Equal(HttpStatusCode.NotFound, ownPartition.StatusCode);
        }
    }

    [Fact]
    public async Task Water_letter_takes_two_reminders_and_refuses_the_third()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 8, 11));
        var to = await s.CompanyAsync("rwat", "water");
        var letter = await s.StageAsync(LetterScenario.Fields(to, serviceType: "idrico", sector: "water"));
        await s.PublishNightAsync();

        foreach (var progressive in new[] { "01", "02" })
        {
            using var ok = await s.StageReminderRawAsync(LetterScenario.ReminderName(letter, progressive), TestPdfs.OnePage("s"), letter);
            Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        }
        await AssertRefusedAsync(await s.StageReminderRawAsync(LetterScenario.ReminderName(letter, "03"), TestPdfs.OnePage("s"), letter), "letter",
            $"La lettera {letter} ha già raggiunto il numero massimo di solleciti: è ammesso al massimo due solleciti per lettera nel settore idrico.");

        await PublishNightAsync(s, s.Day.AddDays(1));
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], to);
        var first = await LetterScenario.GetJsonAsync(user, $"/api/companies/{to}/reminders?pageSize=10");
        Assert.Equal(2, first.GetProperty("total").GetInt32());
        Assert.Equal(2, (await LetterScenario.GetJsonAsync(user, $"/api/companies/{to}/badges")).GetProperty("reminders").GetInt32());
        using var badSize = await user.GetAsync($"/api/companies/{to}/reminders?pageSize=7");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badSize.StatusCode);
        Assert.Equal("page-size-invalid", (await badSize.ProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Concurrent_stagings_for_one_letter_never_pass_the_sector_limit()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 8, 25));
        var energyTo = await s.CompanyAsync("rce");
        var waterTo = await s.CompanyAsync("rcw", "water");
        var energy = await s.StageAsync(LetterScenario.Fields(energyTo));
        var water = await s.StageAsync(LetterScenario.Fields(waterTo, serviceType: "idrico", sector: "water"));
        await s.PublishNightAsync();

        foreach (var (letter, limit) in new[] { (energy, 1), (water, 2) })
        {
            var responses = await Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
                s.StageReminderRawAsync(LetterScenario.ReminderName(letter, $"{i:D2}"), TestPdfs.OnePage($"s{i}"), letter)));
            var created = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
            var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
            Assert.Equal(limit, created);
            foreach (var response in refused)
            {
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {text}");
                Assert.Contains("ha già raggiunto il numero massimo di solleciti", JsonDocument.Parse(text).RootElement.GetProperty("title").GetString());
            }
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }

        await PublishNightAsync(s, s.Day.AddDays(1));
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], energyTo, waterTo);
        Assert.Equal(1, (await LetterScenario.GetJsonAsync(user, $"/api/companies/{energyTo}/reminders")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await LetterScenario.GetJsonAsync(user, $"/api/companies/{waterTo}/reminders")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Reminders_for_unknown_answered_or_mismatched_letters_are_refused_in_Italian()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 8, 18));
        var to = await s.CompanyAsync("rans");
        var answered = await s.StageAsync(LetterScenario.Fields(to));
        var open = await s.StageAsync(LetterScenario.Fields(to));
        var unknown = LetterScenario.NewLetterName();
        await AssertRefusedAsync(await s.StageReminderRawAsync(LetterScenario.ReminderName(open), TestPdfs.OnePage("s"), open), "letter",
            $"La lettera {open} non risulta pubblicata: non è possibile sollecitarla.");
        await s.PublishNightAsync();

        await AssertRefusedAsync(await s.StageReminderRawAsync(LetterScenario.ReminderName(unknown), TestPdfs.OnePage("s"), unknown), "letter",
            $"La lettera {unknown} non risulta pubblicata: non è possibile sollecitarla.");
        var mismatched = LetterScenario.ReminderName(LetterScenario.NewLetterName());
        await AssertRefusedAsync(await s.StageReminderRawAsync(mismatched, TestPdfs.OnePage("s"), open), "file",
            $"Il sollecito {mismatched} non corrisponde alla lettera {open}: anno e numero del caso devono coincidere.");
        await AssertRefusedAsync(await s.StageReminderRawAsync(LetterScenario.ReminderName(open), "non sono un pdf"u8.ToArray(), open), "file",
            $"Il formato del file '{LetterScenario.ReminderName(open)}' non è valido");
        await AssertRefusedAsync(await s.StageReminderRawAsync(open, TestPdfs.OnePage("s"), open), "file",
            $"Il nome del file '{open}' non è valido: deve essere nella forma S-P-AA-NNNNNNN_NN.PDF.");

        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], to);
        await UploadScenario.DownloadedLettersAsync(s, user, to, [answered]);
        var upload = await UploadScenario.UploadAsync(user, to, "answer", "risposta.pdf", TestPdfs.OnePage(), [answered]);
        Assert.Equal("accepted", UploadScenario.Results(upload)[0].GetProperty("outcome").GetString());
        await AssertRefusedAsync(await s.StageReminderRawAsync(LetterScenario.ReminderName(answered), TestPdfs.OnePage("s"), answered), "letter",
            $"La lettera {answered} ha già ricevuto risposta: non è possibile sollecitarla.");

        // The refusals kept nothing: the open letter can still be reminded.
        using var ok = await s.StageReminderRawAsync(LetterScenario.ReminderName(open), TestPdfs.OnePage("s"), open);
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        using var twice = await s.StageReminderRawAsync(LetterScenario.ReminderName(open), TestPdfs.OnePage("s"), open);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }

    /// <summary>Runs the nightly loading of <paramref name="day"/> (like <see cref="LetterScenario.PublishNightAsync"/>) and opens at 09:00.</summary>
    private static async Task PublishNightAsync(LetterScenario s, DateOnly day)
    {
        await s.Host.SetClockAsync(LetterScenario.At(day, 1, 5));
        using (var run = await s.Host.Client.PostAsync($"/admin/functions/{Portale.Functions.Publication.PublicationFunctions.NightlyLoading}", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        }
        Assert.True(await s.Host.Services.GetRequiredService<IJobLedger>().IsDoneAsync(NightlyPublication.JobName, day, CancellationToken.None), "The nightly loading did not run.");
        await s.Host.SetClockAsync(LetterScenario.At(day, 9, 0));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field, string message)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {text}");
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty(field);
            Assert.Contains(message, errors.EnumerateArray().Select(e => e.GetString()));
        }
    }
}
