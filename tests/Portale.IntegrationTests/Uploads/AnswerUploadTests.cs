using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Uploads;
using Portale.Functions.Uploads;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Uploads;

[Collection(AzuriteCollection.Name)]
public sealed class AnswerUploadTests(AzuriteProcess azurite)
{
    private static readonly byte[] NotAPdf = "Questo non è un PDF"u8.ToArray();

    /// <summary>Manual 6.2.2: the "Lettera" box ticked uploads the .zip for every letter to work that matches the filters.</summary>
    [Fact]
    public async Task A_zip_upload_for_every_matching_letter_takes_the_sections_filters_and_only_them()
    {
        // A day of its own: the nightly loading runs once per day on the shared Azurite.
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2028, 2, 15));
        var company = await s.CompanyAsync("upm");
        var gas = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            gas.Add(await s.StageAsync(LetterScenario.Fields(company, serviceType: "gas")));
        }
        var electric = await s.StageAsync(LetterScenario.Fields(company));
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        using (var all = await user.PostAsJsonAsync($"/api/companies/{company}/letters/download", new { matching = new { section = "new" } }))
        {
            Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        }

        // Eleven gas letters, more than a page: answered in one .zip that names none of them in the form.
        var zip = TestZips.Of([.. gas.Select(l => (AnswerName(l), TestPdfs.OnePage(l)))]);
        var matching = JsonSerializer.Serialize(new { section = "to-work", serviceType = "gas" });
        using var response = await user.PostAsync($"/api/companies/{company}/uploads",
            UploadForm("answers-zip", "risposte.zip", zip, matching: matching));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var uploadId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("uploadId").GetString()!;
        var upload = await WaitAsync(user, company, uploadId);
        Assert.Equal(gas.Order(), upload.GetProperty("letters").EnumerateArray().Select(l => l.GetString()!).Order());
        Assert.All(Results(upload), r => Assert.Equal("accepted", r.GetProperty("outcome").GetString()));
        Assert.Equal("to-work", (await LetterAsync(user, company, electric)).GetProperty("section").GetString());
        Assert.Equal(11, (await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/letters?section=archive")).GetProperty("total").GetInt32());

        using var bad = await user.PostAsync($"/api/companies/{company}/uploads",
            UploadForm("answers-zip", "risposte.zip", zip, matching: """{ "section": "altro" }"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Sezione non valida", await bad.Content.ReadAsStringAsync());
        using var notJson = await user.PostAsync($"/api/companies/{company}/uploads",
            UploadForm("answers-zip", "risposte.zip", zip, matching: "to-work"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Fact]
    public async Task Answers_single_and_zip_are_filed_and_every_refusal_is_an_invio_fallito()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 9, 8));
        var company = await s.CompanyAsync("ans");
        var other = await s.CompanyAsync("oth");
        var (single, zipped, notPdf, notDownloaded) = (await s.StageAsync(LetterScenario.Fields(company)), await s.StageAsync(LetterScenario.Fields(company)),
            await s.StageAsync(LetterScenario.Fields(company)), await s.StageAsync(LetterScenario.Fields(company)));
        var cc = await s.StageAsync(LetterScenario.Fields(other, [company]));
        var othersLetter = await s.StageAsync(LetterScenario.Fields(other));
        await s.PublishNightAsync();
        var userId = $"u-{Guid.NewGuid():N}"[..30];
        using var user = await s.Host.OperatorClientAsync(userId, company);
        await DownloadedLettersAsync(s, user, company, [single, zipped, notPdf, cc]);

        // One answer, any file name: renamed R-…, the letter moves to the archive with Risposta/Data/Utente.
        var pdf = TestPdfs.OnePage("Risposta");
        var upload = await UploadAsync(user, company, "answer", "la mia risposta.pdf", pdf, [single]);
        Assert.Equal("accepted", upload.GetProperty("status").GetString());
        Assert.Equal("accepted", Results(upload)[0].GetProperty("outcome").GetString());
        var letter = await LetterAsync(user, company, single);
        Assert.Equal("archive", letter.GetProperty("section").GetString());
        Assert.Equal(AnswerName(single), letter.GetProperty("answerName").GetString());
        Assert.Equal(userId, letter.GetProperty("answeredBy").GetString());
        Assert.InRange(letter.GetProperty("answeredAt").GetDateTimeOffset(), LetterScenario.At(s.Day, 9, 0), LetterScenario.At(s.Day, 9, 10));
        var archive = await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/letters?section=archive");
        var listed = Assert.Single(archive.GetProperty("items").EnumerateArray(), l => l.GetProperty("name").GetString() == single);
        Assert.Equal(AnswerName(single), listed.GetProperty("answerName").GetString());
        Assert.Equal(userId, listed.GetProperty("answeredBy").GetString());
        using (var answerPdf = await user.GetAsync($"/api/companies/{company}/letters/{single}/answer/pdf"))
        {
            answerPdf.EnsureSuccessStatusCode();
            Assert.Equal(AnswerName(single), answerPdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal(pdf, await answerPdf.Content.ReadAsByteArrayAsync());
        }

        // A .zip: the valid answer is filed, a name for no selected letter and a broken PDF are refused.
        var mismatch = AnswerName(LetterScenario.NewLetterName());
        var zip = TestZips.Of((AnswerName(zipped).ToLowerInvariant(), TestPdfs.OnePage("zip")), (mismatch, TestPdfs.OnePage()), (AnswerName(notPdf), NotAPdf));
        upload = await UploadAsync(user, company, "answers-zip", "risposte.zip", zip, [$"{zipped},{notPdf}"]);
        Assert.Equal("accepted", upload.GetProperty("status").GetString());
        var results = Results(upload).ToDictionary(r => r.GetProperty("file").GetString()!);
        Assert.Equal("accepted", results[AnswerName(zipped).ToLowerInvariant()].GetProperty("outcome").GetString());
        Assert.Equal("Il nome della risposta non corrisponde con la lettera selezionata.", results[mismatch].GetProperty("reason").GetString());
        Assert.Equal($"Il formato del file '{AnswerName(notPdf)}' non è valido", results[AnswerName(notPdf)].GetProperty("reason").GetString());
        Assert.Equal("archive", (await LetterAsync(user, company, zipped)).GetProperty("section").GetString());
        Assert.Equal("to-work", (await LetterAsync(user, company, notPdf)).GetProperty("section").GetString());

        // Not a PDF, not a .zip, a CC letter, a letter not downloaded.
        upload = await UploadAsync(user, company, "answer", "documento.pdf", NotAPdf, [notPdf]);
        Assert.Equal("rejected", upload.GetProperty("status").GetString());
        Assert.Equal("Il formato del file 'documento.pdf' non è valido", Reason(upload));
        upload = await UploadAsync(user, company, "answers-zip", "archivio.zip", NotAPdf, [notPdf]);
        Assert.Equal("Il formato del file 'archivio.zip' non è valido", Reason(upload));
        upload = await UploadAsync(user, company, "answer", "cc.pdf", TestPdfs.OnePage(), [cc]);
        Assert.Equal(UploadMessages.CarbonCopyLetter(cc), Reason(upload));
        upload = await UploadAsync(user, company, "answer", "nd.pdf", TestPdfs.OnePage(), [notDownloaded]);
        Assert.Equal(UploadMessages.LetterNotToWork(notDownloaded), Reason(upload));

        // Invii falliti: newest first, with file, time, user and reason.
        var failed = await FailedAsync(user, company);
        Assert.Equal(6, failed.Count);
        Assert.Equal("nd.pdf", failed[0].GetProperty("file").GetString());
        Assert.Equal(UploadMessages.LetterNotToWork(notDownloaded), failed[0].GetProperty("reason").GetString());
        Assert.Equal(userId, failed[0].GetProperty("user").GetString());
        Assert.Contains(failed, f => f.GetProperty("reason").GetString() == UploadMessages.AnswerNameMismatch);
        var firstPage = await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/failed-uploads?pageSize=10");
        Assert.Equal(6, firstPage.GetProperty("total").GetInt32());
        foreach (var list in new[] { "failed-uploads", "communications" })
        {
            using var badSize = await user.GetAsync($"/api/companies/{company}/{list}?pageSize=7");
            Assert.Equal("page-size-invalid", (await badSize.ProblemAsync()).GetProperty("code").GetString());
        }

        // Another company's letter is refused up front exactly like a letter that does not exist.
        using (var foreign = await PostAsync(user, company, "answer", "x.pdf", TestPdfs.OnePage(), [othersLetter]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
            var problem = await foreign.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(UploadMessages.LetterNotToWork(othersLetter), problem.GetProperty("errors").GetProperty("letters")[0].GetString());
        }
        // Refused at once, it is an invio fallito of this company too, saying no more than for a missing letter.
        var missing = LetterScenario.NewLetterName();
        (await PostAsync(user, company, "answer", "y.pdf", TestPdfs.OnePage(), [missing])).Dispose();
        failed = await FailedAsync(user, company);
        Assert.Equal(8, failed.Count);
        Assert.Equal(("y.pdf", UploadMessages.LetterNotToWork(missing)), (failed[0].GetProperty("file").GetString(), failed[0].GetProperty("reason").GetString()));
        Assert.Equal(("x.pdf", UploadMessages.LetterNotToWork(othersLetter)), (failed[1].GetProperty("file").GetString(), failed[1].GetProperty("reason").GetString()));

        // Tenant isolation: a user of another company sees none of it.
        using var stranger = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], other);
        var uploadId = upload.GetProperty("uploadId").GetString();
        foreach (var path in new[]
                 {
                     $"/api/companies/{company}/uploads/{uploadId}", $"/api/companies/{company}/failed-uploads",
                     $"/api/companies/{company}/communications", $"/api/companies/{company}/letters/{single}/answer/pdf",
                     $"/api/companies/{other}/uploads/{uploadId}", $"/api/companies/{other}/letters/{single}/answer/pdf",
                 })
        {
            using var response = await stranger.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }
        using (var post = await PostAsync(stranger, company, "answer", "x.pdf", TestPdfs.OnePage(), [single]))
        {
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        Assert.Empty(await FailedAsync(stranger, other));
        Assert.Equal(8, (await FailedAsync(user, company)).Count); // a company the user is not enabled for records nothing
    }

    [Fact]
    public async Task One_further_answer_within_72_hours_replaces_the_first_and_no_more()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 9, 15));
        var company = await s.CompanyAsync("rep");
        var (early, late) = (await s.StageAsync(LetterScenario.Fields(company)), await s.StageAsync(LetterScenario.Fields(company)));
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        await DownloadedLettersAsync(s, user, company, [early, late]);
        var first = TestPdfs.OnePage("prima");
        var firstUpload = await UploadAsync(user, company, "answer", "a.pdf", first, [early]);
        Assert.Equal("accepted", firstUpload.GetProperty("status").GetString());
        Assert.Equal("accepted", (await UploadAsync(user, company, "answer", "b.pdf", TestPdfs.OnePage("prima"), [late])).GetProperty("status").GetString());

        await s.Host.SetClockAsync(LetterScenario.At(s.Day, 11, 0));
        using var user2 = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company); // sessions expire when idle
        var second = TestPdfs.OnePage("seconda");
        Assert.Equal("accepted", (await UploadAsync(user2, company, "answer", "a2.pdf", second, [early])).GetProperty("status").GetString());
        var letter = await LetterAsync(user2, company, early);
        Assert.InRange(letter.GetProperty("answeredAt").GetDateTimeOffset(), LetterScenario.At(s.Day, 11, 0), LetterScenario.At(s.Day, 11, 10));
        Assert.Equal(second, await user2.GetByteArrayAsync($"/api/companies/{company}/letters/{early}/answer/pdf"));

        var third = await UploadAsync(user2, company, "answer", "a3.pdf", TestPdfs.OnePage("terza"), [early]);
        Assert.Equal("rejected", third.GetProperty("status").GetString());
        Assert.Equal(UploadMessages.For(Portale.Core.Calendar.AnswerReplacementRefusal.AlreadyReplaced), Reason(third));
        Assert.Equal(second, await user2.GetByteArrayAsync($"/api/companies/{company}/letters/{early}/answer/pdf"));

        // Both answers are kept; only the latest is shown.
        var documents = s.Host.Services.GetRequiredService<Portale.Core.Publication.IDocumentStore>();
        await using (var kept = await documents.OpenReadAsync(UploadKeys.AnswerPath(company, firstUpload.GetProperty("uploadId").GetString()!, AnswerName(early)), CancellationToken.None))
        {
            using var copy = new MemoryStream();
            await kept!.CopyToAsync(copy);
            Assert.Equal(first, copy.ToArray());
        }

        // 72 hours and one minute after the first answer of the other letter.
        await s.Host.SetClockAsync(LetterScenario.At(s.Day.AddDays(3), 9, 1));
        using var later = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        var tooLate = await UploadAsync(later, company, "answer", "b2.pdf", TestPdfs.OnePage("tardi"), [late]);
        Assert.Equal(UploadMessages.For(Portale.Core.Calendar.AnswerReplacementRefusal.WindowClosed), Reason(tooLate));

        // A .zip holding only folders and system files files nothing, and says so.
        var empty = await UploadAsync(later, company, "answers-zip", "vuoto.zip", TestZips.Of(("risposte/", []), ("__MACOSX/._x", [1])), [late]);
        Assert.Equal("rejected", empty.GetProperty("status").GetString());
        Assert.Equal(UploadMessages.ZipWithoutAnswers("vuoto.zip"), Reason(empty));
    }

    [Fact]
    public async Task Parallel_answers_for_one_letter_give_exactly_one_first_answer_and_lose_nothing()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 9, 22));
        var company = await s.CompanyAsync("par");
        var name = await s.StageAsync(LetterScenario.Fields(company));
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        await DownloadedLettersAsync(s, user, company, [name]);

        var uploads = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => UploadAsync(user, company, "answer", $"r{i}.pdf", TestPdfs.OnePage($"r{i}"), [name])));

        // An upload processed before one received earlier may be pushed out after it completed: read them again.
        var final = new List<JsonElement>();
        foreach (var upload in uploads)
        {
            final.Add(await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/uploads/{upload.GetProperty("uploadId").GetString()}"));
        }
        var accepted = final.Where(u => u.GetProperty("status").GetString() == "accepted").ToList();
        var rejected = final.Where(u => u.GetProperty("status").GetString() == "rejected").ToList();
        Assert.Equal(8, accepted.Count + rejected.Count);
        Assert.Equal(2, accepted.Count); // the first received and the next one, its further answer
        Assert.All(rejected, r => Assert.Contains(Reason(r), new[]
        {
            UploadMessages.For(Portale.Core.Calendar.AnswerReplacementRefusal.AlreadyReplaced),
        }));
        Assert.Equal(rejected.Count, (await FailedAsync(user, company)).Count);
        var letter = await LetterAsync(user, company, name);
        Assert.Equal("archive", letter.GetProperty("section").GetString());
    }

    [Fact]
    public async Task Processing_the_same_blob_again_files_once_and_logs_each_refusal_once()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 9, 29));
        var company = await s.CompanyAsync("dup");
        var (ok, bad) = (await s.StageAsync(LetterScenario.Fields(company)), await s.StageAsync(LetterScenario.Fields(company)));
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        await DownloadedLettersAsync(s, user, company, [ok, bad]);
        var zip = TestZips.Of((AnswerName(ok), TestPdfs.OnePage()), (AnswerName(bad), NotAPdf));
        var upload = await UploadAsync(user, company, "answers-zip", "doppio.zip", zip, [ok, bad]);
        var uploadId = upload.GetProperty("uploadId").GetString();
        var before = await LetterAsync(user, company, ok);

        for (var run = 0; run < 2; run++)
        {
            using var response = await s.Host.Client.PostAsJsonAsync($"/admin/functions/{UploadFunctions.ProcessIncoming}", new { input = $"incoming/{company}/{uploadId}" });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Equal("Processed", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
        }

        Assert.Single(await FailedAsync(user, company));
        var after = await LetterAsync(user, company, ok);
        Assert.Equal(before.GetProperty("answeredAt").GetDateTimeOffset(), after.GetProperty("answeredAt").GetDateTimeOffset());
        Assert.Equal(JsonSerializer.Serialize(upload.GetProperty("results")),
            JsonSerializer.Serialize((await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/uploads/{uploadId}")).GetProperty("results")));
    }
}
