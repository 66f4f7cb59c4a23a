using Portale.Core.Documents;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

public class ZipEntryJudgeTests
{
    private const string Zip = "risposte.zip";
    private static readonly DocumentName First = DocumentName.Parse("L-P-25-0001234_01.PDF");
    private static readonly DocumentName Second = DocumentName.Parse("L-P-25-0005678_123.PDF");
    private static readonly DocumentName[] Selected = [First, Second];

    private static ZipEntryInfo Entry(string name, long size = 200_000) => new(name, size * 9 / 10, size);

    private static ZipEntryVerdict Single(string name, long size = 200_000) =>
        Assert.Single(ZipEntryJudge.Judge(Zip, [Entry(name, size)], Selected).Entries);

    [Theory]
    [InlineData("R-P-25-0001234_01.PDF")]
    [InlineData("R-P-25-0001234_01.pdf")]
    [InlineData("r-p-25-0001234_01.Pdf")]
    public void An_entry_named_r_plus_a_selected_letter_is_an_answer_to_it(string name)
    {
        var verdict = Single(name);

        Assert.Equal(ZipEntryOutcome.Accepted, verdict.Outcome);
        Assert.Equal(First, verdict.Letter);
        Assert.Null(verdict.Reason);
    }

    [Fact]
    public void Each_entry_is_judged_on_its_own_and_the_valid_ones_are_kept()
    {
        var plan = ZipEntryJudge.Judge(Zip, [Entry("R-P-25-0001234_01.PDF"), Entry("R-P-25-9999999_01.PDF"), Entry("R-P-25-0005678_123.PDF")], Selected);

        Assert.False(plan.IsArchiveRefused);
        Assert.Equal([First, Second], plan.Accepted.Select(v => v.Letter));
        Assert.Equal("R-P-25-9999999_01.PDF", Assert.Single(plan.Refused).Entry.Name);
    }

    [Theory]
    [InlineData("R-P-25-9999999_01.PDF")]      // a letter that was not selected
    [InlineData("L-P-25-0001234_01.PDF")]      // the letter's own name, not renamed
    [InlineData("S-P-25-0001234_01.PDF")]
    [InlineData("R-P-25-0001234_001.PDF")]     // "01" and "001" are different letters
    [InlineData("R-P-25-0001234_01.PDF.pdf")]
    [InlineData("R-P-25-0001234_01")]
    [InlineData("risposta.pdf")]
    [InlineData("R-P-25-0001234_01.docx")]
    public void An_entry_matching_no_selected_letter_gets_the_manuals_message(string name)
    {
        var verdict = Single(name);

        Assert.Equal(ZipEntryOutcome.Refused, verdict.Outcome);
        Assert.Equal(ZipEntryRefusal.NameMismatch, verdict.Refusal);
        Assert.Equal("Il nome della risposta non corrisponde con la lettera selezionata.", verdict.Reason);
    }

    [Theory]
    [InlineData("../R-P-25-0001234_01.PDF")]
    [InlineData("a/../R-P-25-0001234_01.PDF")]
    [InlineData("./R-P-25-0001234_01.PDF")]
    [InlineData("/R-P-25-0001234_01.PDF")]
    [InlineData("C:\\x")]
    [InlineData("C:R-P-25-0001234_01.PDF")]
    [InlineData("..\\R-P-25-0001234_01.PDF")]
    [InlineData("sub\\R-P-25-0001234_01.PDF")]
    [InlineData("R-P-25-0001234_01.PDF:stream")]
    [InlineData("a//R-P-25-0001234_01.PDF")]
    [InlineData("R-P-25-0001234_01.PDF\n")]
    [InlineData("")]
    [InlineData("__MACOSX/../R-P-25-0001234_01.PDF")]
    public void Path_tricks_are_refused(string name)
    {
        var verdict = Single(name);

        Assert.Equal(ZipEntryRefusal.UnsafePath, verdict.Refusal);
        Assert.StartsWith("Il nome del file '", verdict.Reason);
    }

    [Theory]
    [InlineData("sub/R-P-25-0001234_01.PDF")]
    [InlineData("risposte/marzo/R-P-25-0001234_01.PDF")]
    public void An_answer_inside_a_folder_is_refused_with_its_own_reason(string name)
    {
        var verdict = Single(name);

        Assert.Equal(ZipEntryRefusal.InFolder, verdict.Refusal);
        Assert.Equal($"Il file '{name}' si trova in una cartella dell'archivio: inserire le risposte direttamente nel file .zip, senza cartelle.", verdict.Reason);
    }

    [Theory]
    [InlineData("risposte/")]
    [InlineData("__MACOSX/")]
    [InlineData("__MACOSX/._R-P-25-0001234_01.PDF")]
    [InlineData(".DS_Store")]
    [InlineData("risposte/.DS_Store")]
    public void Folder_records_and_macos_metadata_are_ignored(string name)
    {
        var verdict = Single(name, size: 0);

        Assert.Equal(ZipEntryOutcome.Ignored, verdict.Outcome);
        Assert.Null(verdict.Reason);
    }

    [Fact]
    public void Two_answers_to_the_same_letter_are_both_refused()
    {
        var plan = ZipEntryJudge.Judge(Zip, [Entry("R-P-25-0001234_01.PDF"), Entry("r-p-25-0001234_01.pdf"), Entry("R-P-25-0005678_123.PDF")], Selected);

        Assert.Equal([Second], plan.Accepted.Select(v => v.Letter));
        Assert.All(plan.Refused, v => Assert.Equal(ZipEntryRefusal.Duplicate, v.Refusal));
        Assert.Equal(2, plan.Refused.Count());
        Assert.Equal("L'archivio contiene più risposte per la stessa lettera ('r-p-25-0001234_01.pdf'): nessuna è stata caricata, inserire una sola risposta per lettera.",
            plan.Refused.Last().Reason);
    }

    [Fact]
    public void A_duplicate_is_refused_as_such_even_when_one_copy_is_also_too_large()
    {
        var plan = ZipEntryJudge.Judge(Zip, [Entry("R-P-25-0001234_01.PDF"), Entry("R-P-25-0001234_01.pdf", 20 * UploadLimits.MegaByte)], Selected);

        Assert.All(plan.Entries, v => Assert.Equal(ZipEntryRefusal.Duplicate, v.Refusal));
    }

    [Fact]
    public void An_entry_declaring_more_than_15_MB_is_refused()
    {
        var atLimit = Single("R-P-25-0001234_01.PDF", UploadLimits.AnswerMaxBytes);
        var over = Single("R-P-25-0001234_01.PDF", UploadLimits.AnswerMaxBytes + 1);

        Assert.Equal(ZipEntryOutcome.Accepted, atLimit.Outcome);
        Assert.Equal(ZipEntryRefusal.TooLarge, over.Refusal);
        Assert.Equal("Il file 'R-P-25-0001234_01.PDF' supera la dimensione massima di 15 MB.", over.Reason);
    }

    [Fact]
    public void An_entry_compressed_more_than_100_to_1_is_a_suspected_bomb()
    {
        var bomb = new ZipEntryInfo("R-P-25-0001234_01.PDF", CompressedSize: 10_000, UncompressedSize: 10 * UploadLimits.MegaByte);
        var fine = new ZipEntryInfo("R-P-25-0001234_01.PDF", CompressedSize: 100_000, UncompressedSize: 10_000_000);

        var refused = Assert.Single(ZipEntryJudge.Judge(Zip, [bomb], Selected).Entries);
        Assert.Equal(ZipEntryRefusal.SuspiciousCompression, refused.Refusal);
        Assert.Equal("Il file 'R-P-25-0001234_01.PDF' ha un rapporto di compressione anomalo e non può essere elaborato.", refused.Reason);
        Assert.Equal(ZipEntryOutcome.Accepted, Assert.Single(ZipEntryJudge.Judge(Zip, [fine], Selected).Entries).Outcome);
    }

    [Fact]
    public void A_giant_entry_of_zeros_is_refused_as_a_bomb_before_its_size()
    {
        var zeros = new ZipEntryInfo("R-P-25-0001234_01.PDF", CompressedSize: 50_000, UncompressedSize: 50 * UploadLimits.MegaByte);

        Assert.Equal(ZipEntryRefusal.SuspiciousCompression, Assert.Single(ZipEntryJudge.Judge(Zip, [zeros], Selected).Entries).Refusal);
    }

    [Fact]
    public void Small_entries_are_not_ratio_checked()
    {
        var tiny = new ZipEntryInfo("R-P-25-0001234_01.PDF", CompressedSize: 1, UncompressedSize: UploadLimits.ZipRatioCheckFloorBytes - 1);

        Assert.Equal(ZipEntryOutcome.Accepted, Assert.Single(ZipEntryJudge.Judge(Zip, [tiny], Selected).Entries).Outcome);
    }

    [Fact]
    public void More_than_500_entries_refuse_the_whole_archive()
    {
        var entries = Enumerable.Range(0, 501).Select(i => Entry($"R-P-25-{i:0000000}_01.PDF", 100)).ToList();

        var plan = ZipEntryJudge.Judge(Zip, entries, Selected);

        Assert.True(plan.IsArchiveRefused);
        Assert.Empty(plan.Entries);
        Assert.Equal("L'archivio 'risposte.zip' contiene più di 500 file: suddividere le risposte in più archivi.", plan.ArchiveRefusal);
        Assert.False(ZipEntryJudge.Judge(Zip, entries[..500], Selected).IsArchiveRefused);
    }

    [Fact]
    public void A_total_over_1_GB_to_read_refuses_the_whole_archive()
    {
        var letters = Enumerable.Range(0, 70).Select(i => DocumentName.Parse($"L-P-25-{i:0000000}_01.PDF")).ToList();
        var entries = letters.Select(l => new ZipEntryInfo(l.ToAnswerName().ToString(), 15 * UploadLimits.MegaByte, 15 * UploadLimits.MegaByte)).ToList();

        var plan = ZipEntryJudge.Judge(Zip, entries, letters);

        Assert.True(plan.IsArchiveRefused);
        Assert.Equal("L'archivio 'risposte.zip' una volta decompresso supera la dimensione massima di 1024 MB: suddividere le risposte in più archivi.", plan.ArchiveRefusal);
        Assert.False(ZipEntryJudge.Judge(Zip, entries[..68], letters).IsArchiveRefused);
    }

    [Fact]
    public void Refused_entries_do_not_count_towards_the_total()
    {
        var entries = Enumerable.Range(0, 100).Select(i => new ZipEntryInfo($"R-P-25-{i:0000000}_01.PDF", 15 * UploadLimits.MegaByte, 15 * UploadLimits.MegaByte)).ToList();

        var plan = ZipEntryJudge.Judge(Zip, entries, Selected);

        Assert.False(plan.IsArchiveRefused);
        Assert.Empty(plan.Accepted);
    }

    [Fact]
    public void Only_letters_can_be_selected()
    {
        Assert.Throws<ArgumentException>(() => ZipEntryJudge.Judge(Zip, [], [DocumentName.Parse("S-P-25-0001234_01.PDF")]));
    }
}
