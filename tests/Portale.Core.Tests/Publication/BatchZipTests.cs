using System.Text;
using System.IO.Compression;
using Portale.Core.Publication;
using Portale.Core.Refusals;

namespace Portale.Core.Tests.Publication;

/// <summary>A batch ZIP is read flat and in memory; hostile archives are refused whole, saying why.</summary>
public sealed class BatchZipTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7 test");

    [Fact]
    public void The_manifest_and_the_pdfs_are_read_by_entry_name()
    {
        var content = BatchZip.Read(Zip(("manifest.json", "[]"u8.ToArray()), ("L-P-26-0000001_01.PDF", Pdf)));
        Assert.Equal("[]", content.Manifest);
        Assert.Equal(Pdf, content.Files["l-p-26-0000001_01.pdf"].ToArray());
    }

    [Theory]
    [InlineData("../L-P-26-0000001_01.PDF")]
    [InlineData("lettere/L-P-26-0000001_01.PDF")]
    [InlineData("C:\\L-P-26-0000001_01.PDF")]
    [InlineData("..")]
    public void An_entry_with_a_path_is_refused_as_zip_slip(string name)
    {
        var refusal = Refused(Zip(("manifest.json", "[]"u8.ToArray()), (name, Pdf)));
        Assert.Contains("senza cartelle", refusal.Errors!["file"][0]);
    }

    [Fact]
    public void Two_entries_of_one_name_are_refused()
    {
        var refusal = Refused(Zip(("manifest.json", "[]"u8.ToArray()), ("A.PDF", Pdf), ("a.pdf", Pdf)));
        Assert.Contains("due voci", refusal.Title);
    }

    [Fact]
    public void An_entry_that_inflates_past_the_pdf_limit_is_refused_before_it_is_all_inflated()
    {
        var bomb = new byte[PdfStaging.MaxFileBytes * 3]; // zeros: a few KB compressed
        var zip = Zip(("manifest.json", "[]"u8.ToArray()), ("L-P-26-0000001_01.PDF", bomb));
        Assert.True(zip.Length < 100_000);
        Assert.Contains("dimensione massima", Refused(zip).Title);
    }

    [Fact]
    public void More_entries_than_a_batch_may_hold_are_refused_before_any_is_read()
    {
        var entries = Enumerable.Range(0, LetterBatchStaging.MaxLetters + 1)
            .Select(i => ($"L-P-26-{i:D7}_01.PDF", Pdf)).Prepend(("manifest.json", "[]"u8.ToArray()));
        var refusal = Assert.Throws<RefusalException>(() => BatchZip.Read(Zip([.. entries])));
        Assert.Equal(LetterBatchStaging.TooManyLettersCode, refusal.Code);
    }

    [Fact]
    public void Not_a_zip_and_a_zip_without_manifest_are_refused()
    {
        Refused(new MemoryStream(Pdf));
        Assert.Contains("manifest.json", Refused(Zip(("L-P-26-0000001_01.PDF", Pdf))).Title);
    }

    private static RefusalException Refused(MemoryStream zip)
    {
        var refusal = Assert.Throws<RefusalException>(() => BatchZip.Read(zip));
        Assert.Equal(BatchZip.InvalidCode, refusal.Code);
        Assert.Equal(RefusalKind.Validation, refusal.Kind);
        return refusal;
    }

    private static MemoryStream Zip(params (string Name, byte[] Content)[] entries)
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
        buffer.Position = 0;
        return buffer;
    }
}
