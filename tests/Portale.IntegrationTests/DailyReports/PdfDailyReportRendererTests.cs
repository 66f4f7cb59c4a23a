using Portale.Adapters.DailyReports;
using Portale.Core.Companies;
using Portale.Core.DailyReports;
using Portale.Core.Letters;

namespace Portale.IntegrationTests.DailyReports;

public sealed class PdfDailyReportRendererTests
{
    private static readonly Company Acme = new("acme", "Acme Energia S.p.A.", "01234567890", "acme@pec.it", [Sector.Energy]);
    private static readonly string Hash = new string('a', 32) + new string('b', 32);

    [Fact]
    public void Every_section_of_the_manual_is_there_with_its_rows_and_the_full_hashes()
    {
        var at = DateTimeOffset.Parse("2026-03-10T10:15:30+01:00");
        var activity = new DailyActivity(
            [new PublishedLetterEntry("L-P-26-0000001_01.PDF", at, Hash)],
            [new DownloadEntry("L-P-26-0000002_01.PDF", at.AddDays(-3), at, "mario.rossi", Hash)],
            [new AnswerEntry("R-P-26-0000002_01.PDF", at, "mario.rossi", "L-P-26-0000002_01.PDF", Hash)],
            [new CommunicationEntry("Avviso (avviso.pdf)", at, "anna.bianchi")],
            [new ErrorEntry("risposte.zip", at, "Il nome della risposta non corrisponde con la lettera selezionata.", "anna.bianchi")],
            [new ReminderEntry("S-P-26-0000003_01.PDF", at, "L-P-26-0000003_01.PDF", Hash)])
        {
            Classifications = [new ClassificationEntry("L-P-26-0000004_01.PDF", at.AddDays(-40), "assente", at.AddHours(-7))],
        };

        var pdf = ReportPdf.Read(new PdfDailyReportRenderer().Render(new DailyReport(Acme, new DateOnly(2026, 3, 10), activity)));

        foreach (var text in new[]
        {
            "Riepilogo operazioni del giorno: 10/03/2026", "Esercente: Acme Energia S.p.A.",
            "Nuove Lettere Pubblicate dallo Sportello per il Consumatore", "Lettere Scaricate dall'Esercente",
            "Risposte inviate dall'Esercente", "Comunicazioni inviate dall'Esercente", "Errori", "Nuovi Solleciti Ricevuti",
            "Autorità", "L-P-26-0000001_01.PDF", "10/03/2026 10:15:30", "07/03/2026", "R-P-26-0000002_01.PDF", "Avviso (avviso.pdf)",
            "S-P-26-0000003_01.PDF", "anna.bianchi", "Completezza Risposta", "L-P-26-0000004_01.PDF", "assente",
            "29/01/2026", "10/03/2026 03:15",
        })
        {
            Assert.Contains(text, pdf.Text);
        }
        Assert.Contains("Ilnomedellarispostanoncorrispondeconlaletteraselezionata.", pdf.Compact);
        Assert.Equal(4, pdf.Compact.Split(Hash).Length - 1);
    }

    [Fact]
    public void A_busy_day_goes_on_over_pages_and_loses_no_row()
    {
        var at = DateTimeOffset.Parse("2026-03-10T01:05:00+01:00");
        var letters = Enumerable.Range(1, 120).Select(i => new PublishedLetterEntry($"L-P-26-{i:D7}_01.PDF", at, Hash)).ToList();

        var pdf = ReportPdf.Read(new PdfDailyReportRenderer().Render(new DailyReport(Acme, new DateOnly(2026, 3, 10), DailyActivity.None with { PublishedLetters = letters })));

        Assert.True(pdf.Pages > 1);
        Assert.All(letters, l => Assert.Contains(l.Letter, pdf.Text));
        Assert.Equal(6, pdf.Text.Split("Nessuna operazione.").Length - 1);
    }

    [Fact]
    public void No_two_pieces_of_text_overlap_and_everything_stays_on_the_page()
    {
        var at = DateTimeOffset.Parse("2026-03-10T10:15:30+01:00");
        var errors = Enumerable.Range(1, 40).Select(i => new ErrorEntry($"risposte-{i}.zip", at,
            $"Il nome della risposta non corrisponde con la lettera selezionata. Voce {i}: R-P-26-{i:D7}_01.PDF nella cartella principale dell'archivio.", "anna.bianchi")).ToList();
        var downloads = Enumerable.Range(1, 30).Select(i => new DownloadEntry($"L-P-26-{i:D7}_01.PDF", at, at, "utente.con.un.nome.molto.lungo", Hash)).ToList();
        var bytes = new PdfDailyReportRenderer().Render(new DailyReport(Acme, new DateOnly(2026, 3, 10), DailyActivity.None with { Errors = errors, Downloads = downloads }));

        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().Select(w => w.BoundingBox).ToList();
            Assert.All(words, b => Assert.True(b.Left >= 0 && b.Right <= page.Width && b.Bottom >= 0 && b.Top <= page.Height, $"page {page.Number}: text outside the page at {b}"));
            for (var i = 0; i < words.Count; i++)
            {
                for (var j = i + 1; j < words.Count; j++)
                {
                    var (a, b) = (words[i], words[j]);
                    var overlapX = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
                    var overlapY = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
                    Assert.False(overlapX > 0.5 && overlapY > 0.5, $"page {page.Number}: text overlaps at {a} and {b}");
                }
            }
        }
    }
}
