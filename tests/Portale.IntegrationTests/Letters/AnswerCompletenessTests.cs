using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Uploads;

namespace Portale.IntegrationTests.Letters;

/// <summary>Completezza Risposta (manual 6.5.1): «assente» by date in the energy sector, «Risposta incompleta» by the Sportello in the water sector.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AnswerCompletenessTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task A_late_energy_answer_is_absent_and_the_Sportello_classifies_a_water_answer_as_incomplete()
    {
        // Published Mon 16/11/2026 with 5 working days: deadline 23/11; the answer still counts up to
        // Tue 15/12 (the 15th working day after it, Immacolata skipped) and is «assente» from 16/12.
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 11, 16));
        var energy = await s.CompanyAsync("ace");
        var water = await s.CompanyAsync("acw", "water");
        var onTime = await s.StageAsync(LetterScenario.Fields(energy, term: 5));
        var late = await s.StageAsync(LetterScenario.Fields(energy, term: 5));
        var waterLetter = await s.StageAsync(LetterScenario.Fields(water, serviceType: "idrico", term: 5, sector: "water"));
        await s.PublishNightAsync();
        using (var user = await s.Host.OperatorClientAsync(NewUser(), energy, water))
        {
            await UploadScenario.DownloadedLettersAsync(s, user, energy, [onTime, late]);
            await UploadScenario.DownloadedLettersAsync(s, user, water, [waterLetter]);
        }

        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2026, 12, 15), 17, 0));
        using (var user = await s.Host.OperatorClientAsync(NewUser(), energy))
        {
            await AnswerAsync(user, energy, onTime);
        }
        await s.Host.SetClockAsync(LetterScenario.At(new DateOnly(2026, 12, 16), 10, 0));
        using var operatorClient = await s.Host.OperatorClientAsync(NewUser(), energy, water);
        await AnswerAsync(operatorClient, energy, late);
        await AnswerAsync(operatorClient, water, waterLetter);

        Assert.Equal(JsonValueKind.Null, await CompletenessAsync(operatorClient, energy, onTime));
        Assert.Equal("assente", (await UploadScenario.LetterAsync(operatorClient, energy, late)).GetProperty("completeness").GetString());
        Assert.Equal(JsonValueKind.Null, await CompletenessAsync(operatorClient, water, waterLetter));

        var route = $"/api/backoffice/companies/{water}/letters/{waterLetter}/completeness";
        using (var classified = await s.Staff.PutAsJsonAsync(route, new { completeness = "Risposta incompleta" }))
        {
            Assert.Equal(HttpStatusCode.OK, classified.StatusCode);
        }
        Assert.Equal("Risposta incompleta", (await UploadScenario.LetterAsync(operatorClient, water, waterLetter)).GetProperty("completeness").GetString());
        var archive = await LetterScenario.GetJsonAsync(operatorClient, $"/api/companies/{water}/letters?section=archive&pageSize=10");
        Assert.Equal("Risposta incompleta", Assert.Single(archive.GetProperty("items").EnumerateArray()).GetProperty("completeness").GetString());

        using (var wrong = await s.Staff.PutAsJsonAsync(route, new { completeness = "assente" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
            var errors = JsonDocument.Parse(await wrong.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("completeness");
            Assert.Contains("settore idrico", errors[0].GetString());
        }
        using (var unknown = await s.Staff.PutAsJsonAsync($"/api/backoffice/companies/{water}/letters/{LetterScenario.NewLetterName()}/completeness", new { completeness = (string?)null }))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }
        using (var notStaff = await operatorClient.PutAsJsonAsync(route, new { completeness = (string?)null }))
        {
            Assert.Contains(notStaff.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        }
        Assert.Equal("Risposta incompleta", (await UploadScenario.LetterAsync(operatorClient, water, waterLetter)).GetProperty("completeness").GetString());
    }

    private static string NewUser() => $"u-{Guid.NewGuid():N}"[..30];

    private static async Task AnswerAsync(HttpClient user, string company, string letter) =>
        Assert.Equal("accepted", (await UploadScenario.UploadAsync(user, company, "answer", "risposta.pdf", TestPdfs.OnePage(), [letter])).GetProperty("status").GetString());

    private static async Task<JsonValueKind> CompletenessAsync(HttpClient user, string company, string letter) =>
        (await UploadScenario.LetterAsync(user, company, letter)).GetProperty("completeness").ValueKind;
}
