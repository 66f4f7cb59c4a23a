using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Portale.Core.Uploads;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Uploads;

/// <summary>
/// Uploads up to their documented limit over HTTP: above Kestrel's default of 30,000,000 bytes per request,
/// which only the upload route raises; a larger request gets the Italian 413 before it is read.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LargeUploadTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task A_60_MB_zip_of_answers_is_accepted_and_filed()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2029, 1, 16));
        var company = await s.CompanyAsync("lrg");
        var letters = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            letters.Add(await s.StageAsync(LetterScenario.Fields(company)));
        }
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        await DownloadedLettersAsync(s, user, company, [.. letters]);
        var zip = TestZips.Of(CompressionLevel.NoCompression, [.. letters.Select(l => (AnswerName(l), TestPdfs.Padded(12_800_000)))]);
        Assert.InRange(zip.Length, 60_000_000, UploadLimits.ZipMaxBytes);

        var upload = await UploadAsync(user, company, "answers-zip", "risposte.zip", zip, [string.Join(',', letters)]);

        Assert.Equal("accepted", upload.GetProperty("status").GetString());
        Assert.All(Results(upload), r => Assert.Equal("accepted", r.GetProperty("outcome").GetString()));
        Assert.Equal(letters.Count, Results(upload).Count);
        foreach (var letter in letters)
        {
            Assert.Equal("archive", (await LetterAsync(user, company, letter)).GetProperty("section").GetString());
        }
    }

    [Fact]
    public async Task A_120_MB_request_is_refused_with_413_in_Italian_before_it_is_read_and_other_routes_keep_a_small_limit()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2029, 1, 23));
        await s.Host.SetClockAsync(LetterScenario.At(s.Day, 9, 0));
        var company = await s.CompanyAsync("big");
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);

        // Expect: 100-continue, so the client waits for the server's word before sending the body: refused from its
        // declared length, the 120 MB never travel (a browser never sends them: the web app checks the size first).
        using var form = UploadForm("answers-zip", "risposte.zip", new byte[120_000_000], [LetterScenario.NewLetterName()]);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/companies/{company}/uploads") { Content = form };
        request.Headers.ExpectContinue = true;
        using var response = await user.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("file-too-large", problem.GetProperty("code").GetString());
        Assert.Equal(UploadMessages.RequestTooLarge(UploadLimits.ZipMaxBytes), problem.GetProperty("title").GetString());
        Assert.Equal("Il file inviato supera la dimensione massima di 100 MB e non è stato caricato.", problem.GetProperty("title").GetString());

        // A JSON route keeps a small limit: 2 MB of note is refused the same way, unread.
        using var note = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        note.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var big = await user.PutAsync($"/api/companies/{company}/letters/{LetterScenario.NewLetterName()}/note", note);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        problem = JsonDocument.Parse(await big.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(RequestBodyLimits.BodyTooLargeCode, problem.GetProperty("code").GetString());
        Assert.Equal(RequestBodyLimits.BodyTooLarge, problem.GetProperty("title").GetString());

        // Without a declared length (chunked), the body is refused the same way once it passes the limit.
        var padding = Encoding.ASCII.GetBytes("{\"text\":\"" + new string(' ', 1_200_000) + "\"}");
        using var chunked = new StreamContent(new NonSeekableStream(padding));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var streamed = await user.PutAsync($"/api/companies/{company}/letters/{LetterScenario.NewLetterName()}/note", chunked);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal(RequestBodyLimits.BodyTooLargeCode,
            JsonDocument.Parse(await streamed.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }
}
