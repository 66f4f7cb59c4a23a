using System.Text;
using Portale.Adapters.Documents;
using Portale.Adapters.Uploads;
using Portale.Core.Documents;
using Portale.Core.Refusals;
using Portale.Core.Uploads;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Uploads;

/// <summary>ZipReader, ZipEntryJudge and PdfPigInspector together on archives built here.</summary>
public sealed class ZipReaderTests
{
    private const string ZipName = "risposte.zip";
    private static readonly DocumentName First = DocumentName.Parse("L-P-25-0001234_01.PDF");
    private static readonly DocumentName Second = DocumentName.Parse("L-P-25-0005678_02.PDF");
    private static readonly DocumentName[] Selected = [First, Second];

    private static Task<ZipReader> OpenAsync(byte[] zip) => ZipReader.OpenAsync(new MemoryStream(zip), ZipName, CancellationToken.None);

    private static async Task<AnswerZipPlan> JudgeAsync(byte[] zip)
    {
        await using var reader = await OpenAsync(zip);
        return ZipEntryJudge.Judge(ZipName, reader.Entries, Selected);
    }

    [Fact]
    public async Task Answers_named_after_the_selected_letters_are_read_and_are_valid_pdfs()
    {
        var zip = TestZips.Of(("R-P-25-0001234_01.PDF", TestPdfs.OnePage()), ("r-p-25-0005678_02.pdf", TestPdfs.OnePage("Seconda")));
        await using var reader = await OpenAsync(zip);

        var plan = ZipEntryJudge.Judge(ZipName, reader.Entries, Selected);

        Assert.Equal([First, Second], plan.Accepted.Select(v => v.Letter));
        foreach (var verdict in plan.Accepted)
        {
            await using var entry = reader.OpenEntry(verdict.Entry);
            Assert.Equal(PdfCheck.Valid, (await new PdfPigInspector().InspectAsync(entry, CancellationToken.None)).Check);
        }
    }

    [Fact]
    public async Task The_entries_carry_their_declared_sizes()
    {
        var pdf = TestPdfs.OnePage();
        await using var reader = await OpenAsync(TestZips.Of(("R-P-25-0001234_01.PDF", pdf)));

        var entry = Assert.Single(reader.Entries);
        Assert.Equal("R-P-25-0001234_01.PDF", entry.Name);
        Assert.Equal(pdf.Length, entry.UncompressedSize);
        Assert.InRange(entry.CompressedSize, 1, pdf.Length + 100);
    }

    [Fact]
    public async Task An_entry_matching_no_selected_letter_gets_the_manuals_message_and_the_others_are_kept()
    {
        var plan = await JudgeAsync(TestZips.Of(("R-P-25-0001234_01.PDF", TestPdfs.OnePage()), ("R-P-25-9999999_01.PDF", TestPdfs.OnePage())));

        Assert.Equal([First], plan.Accepted.Select(v => v.Letter));
        Assert.Equal("Il nome della risposta non corrisponde con la lettera selezionata.", Assert.Single(plan.Refused).Reason);
    }

    [Fact]
    public async Task A_file_that_is_not_a_zip_gets_the_manuals_format_message()
    {
        var error = await Assert.ThrowsAsync<RefusalException>(() => OpenAsync(Encoding.UTF8.GetBytes("questo non è uno zip")));

        Assert.Equal("Il formato del file 'risposte.zip' non è valido", error.Title);
    }

    [Fact]
    public async Task A_pdf_uploaded_as_a_zip_gets_the_manuals_format_message()
    {
        var error = await Assert.ThrowsAsync<RefusalException>(() => OpenAsync(TestPdfs.OnePage()));

        Assert.Equal(UploadMessages.InvalidFormat(ZipName), error.Title);
    }

    [Fact]
    public async Task A_truncated_zip_gets_the_manuals_format_message()
    {
        var zip = TestZips.Of(("R-P-25-0001234_01.PDF", TestPdfs.OnePage()));

        await Assert.ThrowsAsync<RefusalException>(() => OpenAsync(zip[..(zip.Length / 2)]));
    }

    [Fact]
    public async Task An_entry_of_50_MB_of_zeros_is_refused_as_a_bomb_without_being_inflated()
    {
        var plan = await JudgeAsync(TestZips.Of(("R-P-25-0001234_01.PDF", new byte[50 * UploadLimits.MegaByte])));

        var verdict = Assert.Single(plan.Entries);
        Assert.InRange(verdict.Entry.CompressedSize, 1, 200_000);
        Assert.Equal(ZipEntryRefusal.SuspiciousCompression, verdict.Refusal);
    }

    [Fact]
    public async Task Six_hundred_tiny_entries_refuse_the_whole_archive()
    {
        var entries = Enumerable.Range(0, 600).Select(i => ($"R-P-25-{i:0000000}_01.PDF", new byte[] { 1 })).ToArray();

        var plan = await JudgeAsync(TestZips.Of(entries));

        Assert.True(plan.IsArchiveRefused);
        Assert.Equal(UploadMessages.ZipTooManyEntries(ZipName, 500), plan.ArchiveRefusal);
    }

    [Theory]
    [InlineData("../R-P-25-0001234_01.PDF", ZipEntryRefusal.UnsafePath)]
    [InlineData("C:\\x", ZipEntryRefusal.UnsafePath)]
    [InlineData("/R-P-25-0001234_01.PDF", ZipEntryRefusal.UnsafePath)]
    [InlineData("sub/R-P-25-0001234_01.PDF", ZipEntryRefusal.InFolder)]
    public async Task Path_tricks_survive_the_reader_and_are_refused(string name, ZipEntryRefusal refusal)
    {
        var plan = await JudgeAsync(TestZips.Of((name, TestPdfs.OnePage())));

        var verdict = Assert.Single(plan.Entries);
        Assert.Equal(name, verdict.Entry.Name);
        Assert.Equal(refusal, verdict.Refusal);
    }

    [Fact]
    public async Task Two_answers_to_one_letter_differing_only_in_case_are_both_refused()
    {
        var plan = await JudgeAsync(TestZips.Of(("R-P-25-0001234_01.PDF", TestPdfs.OnePage()), ("r-p-25-0001234_01.pdf", TestPdfs.OnePage())));

        Assert.Empty(plan.Accepted);
        Assert.All(plan.Refused, v => Assert.Equal(ZipEntryRefusal.Duplicate, v.Refusal));
    }

    [Fact]
    public async Task A_zipped_folder_with_macos_metadata_refuses_the_answers_and_ignores_the_rest()
    {
        var plan = await JudgeAsync(TestZips.Of(
            ("risposte/", []),
            ("risposte/R-P-25-0001234_01.PDF", TestPdfs.OnePage()),
            ("__MACOSX/risposte/._R-P-25-0001234_01.PDF", [0, 5, 22, 7])));

        Assert.Equal([ZipEntryOutcome.Ignored, ZipEntryOutcome.Refused, ZipEntryOutcome.Ignored], plan.Entries.Select(v => v.Outcome));
        Assert.Equal(ZipEntryRefusal.InFolder, plan.Entries[1].Refusal);
    }

    [Fact]
    public async Task An_encrypted_or_fake_pdf_inside_the_zip_is_caught_by_the_inspector()
    {
        var zip = TestZips.Of(("R-P-25-0001234_01.PDF", TestPdfs.HandMade(encrypted: true)), ("R-P-25-0005678_02.PDF", "testo"u8.ToArray()));
        await using var reader = await OpenAsync(zip);
        var plan = ZipEntryJudge.Judge(ZipName, reader.Entries, Selected);

        var reasons = new List<string?>();
        foreach (var verdict in plan.Accepted)
        {
            await using var entry = reader.OpenEntry(verdict.Entry);
            reasons.Add(UploadMessages.For(await new PdfPigInspector().InspectAsync(entry, CancellationToken.None), verdict.Entry.Name));
        }

        Assert.Equal([
            "Il file 'R-P-25-0001234_01.PDF' è protetto da password: caricare un PDF non cifrato.",
            "Il formato del file 'R-P-25-0005678_02.PDF' non è valido",
        ], reasons);
    }

    [Fact]
    public async Task An_entry_is_streamed_through_its_limit()
    {
        await using var reader = await OpenAsync(TestZips.Of(("R-P-25-0001234_01.PDF", new byte[2000])));
        await using var entry = reader.OpenEntry(reader.Entries[0], maxBytes: 1000);

        var error = await Assert.ThrowsAsync<UploadTooLargeException>(() => entry.CopyToAsync(Stream.Null));
        Assert.Equal(1000, error.LimitBytes);
    }

    [Fact]
    public async Task A_header_understating_the_size_cannot_inflate_past_the_limit()
    {
        var honest = TestZips.Of(("R-P-25-0001234_01.PDF", new byte[20 * UploadLimits.MegaByte]));
        var lying = TestZips.WithDeclaredSize(honest, declared: 100_000);
        await using var reader = await OpenAsync(lying);
        var plan = ZipEntryJudge.Judge(ZipName, reader.Entries, Selected);
        var verdict = Assert.Single(plan.Accepted);   // the judge believes the header...

        await using var entry = reader.OpenEntry(verdict.Entry);
        var counted = new MemoryStream();
        try
        {
            await entry.CopyToAsync(counted);
        }
        catch (Exception error) when (error is UploadTooLargeException or InvalidDataException)
        {
        }

        Assert.InRange(counted.Length, 0, UploadLimits.ZipMaxEntryUncompressedBytes);   // ...the stream does not
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_spooled_to_a_temporary_file()
    {
        var zip = TestZips.Of(("R-P-25-0001234_01.PDF", TestPdfs.OnePage()));
        await using var reader = await ZipReader.OpenAsync(new NonSeekableStream(zip), ZipName, CancellationToken.None);

        Assert.Equal("R-P-25-0001234_01.PDF", Assert.Single(reader.Entries).Name);
    }

    [Fact]
    public async Task An_archive_over_its_limit_is_refused_while_streaming_or_from_its_length()
    {
        var zip = TestZips.Of(("R-P-25-0001234_01.PDF", TestPdfs.OnePage()));

        var streamed = await Assert.ThrowsAsync<UploadTooLargeException>(() =>
            ZipReader.OpenAsync(new NonSeekableStream(zip), ZipName, CancellationToken.None, maxArchiveBytes: zip.Length - 1));
        var seekable = await Assert.ThrowsAsync<UploadTooLargeException>(() =>
            ZipReader.OpenAsync(new MemoryStream(zip), ZipName, CancellationToken.None, maxArchiveBytes: zip.Length - 1));

        Assert.Equal(zip.Length - 1, streamed.LimitBytes);
        Assert.Equal(zip.Length - 1, seekable.LimitBytes);
        Assert.Equal(UploadLimits.ZipMaxBytes, UploadLimits.MaxUploadBytes(UploadKind.AnswersZip));
    }
}
