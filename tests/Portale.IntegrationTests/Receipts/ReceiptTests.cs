using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portale.Core.Receipts;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using Portale.IntegrationTests.Uploads;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Receipts;

/// <summary>
/// Ricevute over HTTP: an answer's receipt verifies against the published JWKS and fails when one byte
/// changes; a .zip's answers each have one; a refusal's carries its reason; another company's is 404; after a
/// key rotation the old receipts still verify.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReceiptTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Answers_and_refusals_have_receipts_that_verify_against_the_published_keys()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 9, 14));
        var company = await s.CompanyAsync("rcp");
        var other = await s.CompanyAsync("rco");
        var (single, zippedA, zippedB) = (await s.StageAsync(LetterScenario.Fields(company)),
            await s.StageAsync(LetterScenario.Fields(company)), await s.StageAsync(LetterScenario.Fields(company)));
        await s.PublishNightAsync();
        var userId = $"u-{Guid.NewGuid():N}"[..30];
        using var user = await s.Host.OperatorClientAsync(userId, company);
        using var stranger = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], other);
        using var anonymous = s.Host.AnonymousClient();
        await DownloadedLettersAsync(s, user, company, [single, zippedA, zippedB]);

        // A single answer: the letter names its receipt, which states the file, its hash and the arrival.
        var pdf = TestPdfs.OnePage("Risposta firmata");
        var upload = await UploadAsync(user, company, "answer", "risposta.pdf", pdf, [single]);
        var receiptId = (await LetterAsync(user, company, single)).GetProperty("answerReceiptId").GetString()!;
        var answer = await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/receipts/{receiptId}");
        var jws = answer.GetProperty("jws").GetString()!;
        var keys = await KeysAsync(anonymous);
        var signed = ReceiptJson.Parse(CompactJws.Verify(jws, keys) ?? throw new InvalidOperationException("not verified"));
        Assert.Equal((ReceiptKind.Answer, company, single, "risposta.pdf", upload.GetProperty("uploadId").GetString(), userId),
            (signed.Kind, signed.CompanyId, signed.Letter, signed.File, signed.UploadId, signed.User));
        Assert.Equal(Portale.Core.Documents.DocumentHash.Of(pdf), signed.Sha256);
        Assert.Equal(signed.Sha256, answer.GetProperty("receipt").GetProperty("sha256").GetString());

        // One byte changed anywhere in the payload, and it no longer verifies.
        var parts = jws.Split('.');
        var payload = CompactJws.Payload(jws);
        payload[payload.Length / 2] ^= 0x01;
        Assert.Null(CompactJws.Verify(
            $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(payload)}.{parts[2]}", keys));

        // The bare JWS and the PDF (which prints it).
        using (var jose = new HttpRequestMessage(HttpMethod.Get, $"/api/companies/{company}/receipts/{receiptId}"))
        {
            jose.Headers.Accept.ParseAdd(ReceiptAnswerMediaType);
            using var bare = await user.SendAsync(jose);
            Assert.Equal(jws, await bare.Content.ReadAsStringAsync());
        }
        using (var receiptPdf = await user.GetAsync($"/api/companies/{company}/receipts/{receiptId}/pdf"))
        {
            receiptPdf.EnsureSuccessStatusCode();
            Assert.Equal("application/pdf", receiptPdf.Content.Headers.ContentType?.MediaType);
            using var document = UglyToad.PdfPig.PdfDocument.Open(await receiptPdf.Content.ReadAsByteArrayAsync());
            var text = string.Concat(document.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text))));
            Assert.Contains(signed.Sha256!, text);
            Assert.Contains(jws.Replace(".", "")[..40], text.Replace(".", ""));
        }

        // Another company's operator: 404, as for an unknown receipt. Staff read it.
        using (var foreign = await stranger.GetAsync($"/api/companies/{other}/receipts/{receiptId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }
        using (var staff = await s.Host.StaffClientAsync("ReadOnly"))
        {
            var read = await LetterScenario.GetJsonAsync(staff, $"/api/backoffice/companies/{company}/receipts/{receiptId}");
            Assert.Equal(jws, read.GetProperty("jws").GetString());
        }

        // A .zip: each answer its own receipt; the refused entry's receipt carries the reason and its code.
        var mismatch = AnswerName(LetterScenario.NewLetterName());
        var zip = TestZips.Of((AnswerName(zippedA), TestPdfs.OnePage("a")), (AnswerName(zippedB), TestPdfs.OnePage("b")),
            (mismatch, TestPdfs.OnePage()));
        await UploadAsync(user, company, "answers-zip", "risposte.zip", zip, [$"{zippedA},{zippedB}"]);
        foreach (var letter in new[] { zippedA, zippedB })
        {
            var id = (await LetterAsync(user, company, letter)).GetProperty("answerReceiptId").GetString();
            var zipped = await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/receipts/{id}");
            Assert.Equal(letter, ReceiptJson.Parse(CompactJws.Verify(zipped.GetProperty("jws").GetString()!, keys)!).Letter);
        }
        var failed = Assert.Single(await FailedAsync(user, company));
        var refusal = await LetterScenario.GetJsonAsync(
            user, $"/api/companies/{company}/receipts/{failed.GetProperty("receiptId").GetString()}");
        var refused = ReceiptJson.Parse(CompactJws.Verify(refusal.GetProperty("jws").GetString()!, keys)!);
        Assert.Equal((ReceiptKind.Refusal, mismatch, "answer-name-mismatch", failed.GetProperty("reason").GetString()),
            (refused.Kind, refused.File, refused.RefusalCode, refused.RefusalReason));

        // A rotation: new receipts carry the new key, the old ones still verify against the JWKS.
        using (var rotated = await anonymous.PostAsync("/api/dev/receipt-keys/rotate", null))
        {
            rotated.EnsureSuccessStatusCode();
        }
        var communication = await UploadAsync(user, company, "communication", "comunicazione.pdf", TestPdfs.OnePage("c"), [], "NOTA");
        Assert.Equal("accepted", communication.GetProperty("status").GetString());
        var listed = (await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/communications"))
            .GetProperty("items")[0].GetProperty("receiptId").GetString();
        var fresh = (await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/receipts/{listed}"))
            .GetProperty("jws").GetString()!;
        var after = await KeysAsync(anonymous);
        Assert.Equal(keys.Count + 1, after.Count);
        Assert.NotNull(CompactJws.Verify(jws, after));
        Assert.NotNull(CompactJws.Verify(fresh, after));
        Assert.Null(CompactJws.Verify(fresh, keys));
    }

    private const string ReceiptAnswerMediaType = "application/jose";

    private static async Task<IReadOnlyList<ReceiptKey>> KeysAsync(HttpClient anonymous)
    {
        using var response = await anonymous.GetAsync("/api/.well-known/jwks.json");
        response.EnsureSuccessStatusCode();
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        var jwks = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. jwks.GetProperty("keys").EnumerateArray().Select(k => new ReceiptKey(
            k.GetProperty("kid").GetString()!, k.GetProperty("x").GetString()!, k.GetProperty("y").GetString()!))];
    }
}
