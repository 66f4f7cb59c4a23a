using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Publication;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;

namespace Portale.IntegrationTests.Publication;

/// <summary>
/// Bulk staging (issue 13): a manifest and PDF parts, or one ZIP; a result per letter in manifest order,
/// each letter all-or-nothing with single staging's checks; the batch's own limits and hostile ZIPs refused
/// before any letter is staged; BackOffice only.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BatchStagingTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task One_bad_letter_among_good_ones_is_refused_alone_and_the_others_are_staged_in_manifest_order()
    {
        await using var scenario = await LetterScenario.StartAsync(azurite, new DateOnly(2028, 4, 11));
        var (to, cc) = (await scenario.CompanyAsync("lotto"), await scenario.CompanyAsync("lottocc"));
        var names = Enumerable.Range(0, 5).Select(_ => LetterScenario.NewLetterName()).ToList();
        var manifest = new[]
        {
            Entry(names[0], LetterScenario.Fields(to, [cc])),
            Entry(names[1], LetterScenario.Fields(to, ["non-censita"])),
            Entry(names[2], LetterScenario.Fields(to)),
            Entry(names[3], LetterScenario.Fields(to)), // no part carries its PDF
            Entry(names[4], LetterScenario.Fields(to, term: 0)),
        };
        var form = Manifest(manifest);
        foreach (var name in names.Where(n => n != names[3]))
        {
            Pdf(form, name, TestPdfs.OnePage(name));
        }
        using var response = await scenario.Staff.PostAsync("/api/backoffice/letters/batch", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await LetterScenario.JsonAsync(response);
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(names, items.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(["staged", "refused", "staged", "refused", "refused"], items.Select(i => i.GetProperty("status").GetString()));
        Assert.Equal(2, body.GetProperty("staged").GetInt32());
        Assert.Equal(3, body.GetProperty("refused").GetInt32());
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("problem").ValueKind);
        var badCc = items[1].GetProperty("problem");
        Assert.Equal("validation-failed", badCc.GetProperty("code").GetString());
        Assert.Contains("non-censita", badCc.GetProperty("errors").GetProperty("cc")[0].GetString());
        Assert.True(items[3].GetProperty("problem").GetProperty("errors").TryGetProperty("file", out _));
        Assert.True(items[4].GetProperty("problem").GetProperty("errors").TryGetProperty("termWorkingDays", out _));

        var pending = (await scenario.Host.Services.GetRequiredService<IStagedLetters>().PendingAsync(CancellationToken.None))
            .Select(l => l.Name).Where(names.Contains).Order();
        Assert.Equal([names[0], names[2]], pending);
        var audit = await LetterScenario.GetJsonAsync(scenario.Staff, "/api/backoffice/audit?action=letter-staged&pageSize=100");
        var audited = audit.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("target").GetString()).ToList();
        Assert.Contains(names[0], audited);
        Assert.DoesNotContain(names[1], audited);

        // The same batch again: each letter is refused as single staging refuses a name already staged.
        var again = Manifest([manifest[0]]);
        Pdf(again, names[0], TestPdfs.OnePage(names[0]));
        using var repeated = await scenario.Staff.PostAsync("/api/backoffice/letters/batch", again);
        var item = (await LetterScenario.JsonAsync(repeated)).GetProperty("items")[0];
        Assert.Equal("refused", item.GetProperty("status").GetString());
        Assert.Equal("letter-exists", item.GetProperty("problem").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_zip_with_its_manifest_stages_its_letters_and_a_hostile_zip_stages_nothing()
    {
        await using var scenario = await LetterScenario.StartAsync(azurite, new DateOnly(2028, 4, 12));
        var to = await scenario.CompanyAsync("zip");
        var (first, second) = (LetterScenario.NewLetterName(), LetterScenario.NewLetterName());
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new[] { Entry(first, LetterScenario.Fields(to)), Entry(second, LetterScenario.Fields(to)) });
        using (var staged = await PostZipAsync(scenario.Staff, ("manifest.json", manifest), (first, TestPdfs.OnePage(first)), (second, TestPdfs.OnePage(second))))
        {
            var body = await LetterScenario.JsonAsync(staged);
            Assert.Equal(2, body.GetProperty("staged").GetInt32());
        }

        var third = LetterScenario.NewLetterName();
        var one = JsonSerializer.SerializeToUtf8Bytes(new[] { Entry(third, LetterScenario.Fields(to)) });
        using (var slip = await PostZipAsync(scenario.Staff, ("manifest.json", one), ("../" + third, TestPdfs.OnePage(third))))
        {
            await AssertRefusedAsync(slip, HttpStatusCode.UnprocessableEntity, BatchZip.InvalidCode);
        }
        using (var twice = await PostZipAsync(scenario.Staff, ("manifest.json", one), (third, TestPdfs.OnePage(third)), (third.ToLowerInvariant(), TestPdfs.OnePage(third))))
        {
            await AssertRefusedAsync(twice, HttpStatusCode.UnprocessableEntity, BatchZip.InvalidCode);
        }
        using (var bomb = await PostZipAsync(scenario.Staff, ("manifest.json", one), (third, new byte[PdfStaging.MaxFileBytes * 4])))
        {
            await AssertRefusedAsync(bomb, HttpStatusCode.UnprocessableEntity, BatchZip.InvalidCode);
        }
        var pending = await scenario.Host.Services.GetRequiredService<IStagedLetters>().PendingAsync(CancellationToken.None);
        Assert.Contains(pending, l => l.Name == second);
        Assert.DoesNotContain(pending, l => l.Name == third);
    }

    [Fact]
    public async Task A_manifest_over_the_letters_limit_is_refused_before_the_pdfs_and_only_the_back_office_may_send_one()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        using var backOffice = await host.StaffClientAsync(StaffRoles.BackOffice);
        var tooMany = Enumerable.Range(0, LetterBatchStaging.MaxLetters + 1)
            .Select(_ => Entry(LetterScenario.NewLetterName(), LetterScenario.Fields("x"))).ToArray();
        using (var refused = await backOffice.PostAsync("/api/backoffice/letters/batch", Manifest(tooMany)))
        {
            await AssertRefusedAsync(refused, HttpStatusCode.UnprocessableEntity, LetterBatchStaging.TooManyLettersCode);
        }
        var pdfFirst = new MultipartFormDataContent();
        Pdf(pdfFirst, "L-P-26-0000001_01.PDF", TestPdfs.OnePage());
        using (var refused = await backOffice.PostAsync("/api/backoffice/letters/batch", pdfFirst))
        {
            await AssertRefusedAsync(refused, HttpStatusCode.UnprocessableEntity, Portale.Functions.Publication.LetterBatchForm.FormInvalidCode);
        }
        using (var notMultipart = await backOffice.PostAsync("/api/backoffice/letters/batch", new StringContent("[]")))
        {
            await AssertRefusedAsync(notMultipart, HttpStatusCode.UnsupportedMediaType, "multipart-required");
        }
        foreach (var role in new[] { StaffRoles.HelpDesk, StaffRoles.ReadOnly })
        {
            using var other = await host.StaffClientAsync(role);
            using var forbidden = await other.PostAsync("/api/backoffice/letters/batch", Manifest([]));
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }
        using var anonymous = host.NewClient();
        using var unauthenticated = await anonymous.PostAsync("/api/backoffice/letters/batch", Manifest([]));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }

    private static JsonObject Entry(string file, object fields)
    {
        var entry = JsonSerializer.SerializeToNode(fields)!.AsObject();
        entry["file"] = file;
        return entry;
    }

    private static MultipartFormDataContent Manifest(JsonObject[] entries) =>
        new() { { new StringContent(JsonSerializer.Serialize(entries)), "manifest" } };

    private static void Pdf(MultipartFormDataContent form, string name, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "pdf", name);
    }

    private static Task<HttpResponseMessage> PostZipAsync(HttpClient staff, params (string Name, byte[] Content)[] entries)
    {
        var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }
        var zip = new ByteArrayContent(buffer.ToArray());
        zip.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return staff.PostAsync("/api/backoffice/letters/batch", new MultipartFormDataContent { { zip, "file", "lotto.zip" } });
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, body);
        Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }
}
