using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Uploads;

/// <summary>
/// PDFs that run something (JavaScript, an action on opening, a program to launch, files inside) are
/// refused wherever a PDF comes in, with an Italian reason that names what was found.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ActiveContentTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Pdfs_with_active_content_are_refused_everywhere_naming_what_was_found()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2029, 2, 6));
        var company = await s.CompanyAsync("act");

        await AssertFileRefusedAsync(
            await s.StageRawAsync(LetterScenario.NewLetterName(), TestPdfs.WithActiveContent("openaction"), LetterScenario.Fields(company)),
            "OpenAction");
        var answered = await s.StageAsync(LetterScenario.Fields(company));
        var linked = await s.StageAsync(LetterScenario.Fields(company));
        await s.PublishNightAsync();
        await AssertFileRefusedAsync(await StageReminderAsync(s, answered, TestPdfs.WithActiveContent("launch")), "Launch");

        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        await DownloadedLettersAsync(s, user, company, [answered, linked]);
        var upload = await UploadAsync(user, company, "answer", "risposta.pdf", TestPdfs.WithActiveContent("javascript"), [answered]);
        Assert.Equal("rejected", upload.GetProperty("status").GetString());
        Assert.Contains("JavaScript", Reason(upload));
        Assert.Contains("'risposta.pdf'", Reason(upload));
        upload = await UploadAsync(user, company, "answer", "risposta.pdf", TestPdfs.WithActiveContent("javascript-escaped-name"), [answered]);
        Assert.Contains("JavaScript", Reason(upload));
        upload = await UploadAsync(user, company, "communication", "nota.pdf", TestPdfs.WithActiveContent("embedded-file"), label: "Nota");
        Assert.Contains("file incorporati", Reason(upload));
        upload = await UploadAsync(user, company, "tirv-rejection", "RIGETTO_TIRV.pdf", TestPdfs.WithActiveContent("additional-actions"));
        Assert.Contains("(AA)", Reason(upload));
        upload = await UploadAsync(user, company, "communication", "modulo.pdf", TestPdfs.WithActiveContent("submit-form"), label: "Modulo");
        Assert.Contains("SubmitForm", Reason(upload));
        Assert.Equal("to-work", (await LetterAsync(user, company, answered)).GetProperty("section").GetString());
        Assert.Contains(await FailedAsync(user, company), f => f.GetProperty("reason").GetString()!.Contains("JavaScript"));

        // A link the reader clicks and an opening that only shows a page are not active content.
        upload = await UploadAsync(user, company, "answer", "collegamento.pdf", TestPdfs.WithActiveContent("uri-link"), [linked]);
        Assert.Equal("accepted", upload.GetProperty("status").GetString());
        upload = await UploadAsync(user, company, "communication", "apertura.pdf", TestPdfs.WithActiveContent("openaction-goto"), label: "Apertura");
        Assert.Equal("accepted", upload.GetProperty("status").GetString());
    }

    private static Task<HttpResponseMessage> StageReminderAsync(LetterScenario s, string letter, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", $"S{letter[1..letter.IndexOf('_', StringComparison.Ordinal)]}_01.PDF");
        form.Add(new StringContent(JsonSerializer.Serialize(new { letter })), "metadata");
        return s.Staff.PostAsync("/api/backoffice/reminders", form);
    }

    private static async Task AssertFileRefusedAsync(HttpResponseMessage response, string found)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {text}");
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()!);
            Assert.Contains(errors, e => e.Contains(found, StringComparison.Ordinal) && e.Contains("contenuti attivi", StringComparison.Ordinal));
        }
    }
}
