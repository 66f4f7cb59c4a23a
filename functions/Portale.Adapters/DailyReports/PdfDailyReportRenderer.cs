using Portale.Adapters.Documents;
using T = Portale.Core.DailyReports.DailyReportTexts;

namespace Portale.Adapters.DailyReports;

/// <summary>
/// "Riepilogo operazioni del giorno" as a PDF, with the heading, sections and columns of the manual
/// (ch. 10, fig. 18), word for word.
/// </summary>
public sealed class PdfDailyReportRenderer : IDailyReportRenderer
{
    public string FileName(DailyReport report) =>
        $"Riepilogo_{report.Company.Id}_{report.Day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.pdf";

    public byte[] Render(DailyReport report)
    {
        var a = report.Activity;
        var pdf = new PdfTextWriter(landscape: true);
        pdf.Line("800 166 654 - SPORTELLO PER IL CONSUMATORE ENERGIA E AMBIENTE", 10, strong: true);
        pdf.Line("ARERA - Autorità di Regolazione per Energia Reti e Ambiente", 8);
        pdf.Space(10);
        pdf.Line(report.Title, 14, strong: true);
        pdf.Line($"Esercente: {report.Company.Name} (P. IVA {report.Company.VatNumber})", 10);

        Section(pdf, "Nuove Lettere Pubblicate dallo Sportello per il Consumatore",
            ["Lettera", "Data Pubblicazione", "HASH"], [3, 2, 6],
            a.PublishedLetters.Select(e => Row(e.Letter, T.Date(e.PublishedAt), e.Hash)));
        Section(pdf, "Lettere Scaricate dall'Esercente",
            ["Lettera", "Data Pubblicazione", "Data Download", "Utente Download", "HASH"], [3, 2, 2.4, 2.2, 6],
            a.Downloads.Select(
                e => Row(e.Letter, T.Date(e.PublishedAt), T.DateTime(e.DownloadedAt), e.DownloadedBy, e.Hash)));
        Section(pdf, "Risposte inviate dall'Esercente",
            ["Risposta", "Data Caricamento", "Utente Caricamento", "Riferimento Lettera", "HASH"], [3, 2.4, 2.2, 3, 6],
            a.Answers.Select(e => Row(e.Answer, T.DateTime(e.UploadedAt), e.UploadedBy, e.Letter, e.Hash)));
        Section(pdf, "Comunicazioni inviate dall'Esercente",
            ["Comunicazione", "Data Caricamento", "Utente Caricamento"], [5, 2.4, 2.2],
            a.Communications.Select(e => Row(e.Communication, T.DateTime(e.UploadedAt), e.UploadedBy)));
        Section(pdf, "Errori",
            ["File", "Data Evento", "Descrizione Errore", "Utente"], [3, 2.4, 7, 2.2],
            a.Errors.Select(e => Row(e.File, T.DateTime(e.EventAt), e.Description, e.User)));
        Section(pdf, "Nuovi Solleciti Ricevuti",
            ["Sollecito", "Data Pubblicazione", "Riferimento Lettera", "HASH"], [3, 2, 3, 6],
            a.Reminders.Select(e => Row(e.Reminder, T.Date(e.PublishedAt), e.Letter, e.Hash)));
        // Beyond the manual's sections: the classifications of the day, «assente» by the SLA ageing included.
        Section(pdf, "Completezza Risposta",
            ["Lettera", "Data Pubblicazione", "Completezza Risposta", "Data Classificazione"], [3, 2, 3, 2.4],
            a.Classifications.Select(e => Row(
                e.Letter, T.Date(e.PublishedAt), e.Completeness ?? "completa", T.DateTime(e.ClassifiedAt))));
        return pdf.Build();
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    private static void Section(
        PdfTextWriter pdf, string title, IReadOnlyList<string> headers, IReadOnlyList<double> widths,
        IEnumerable<IReadOnlyList<string>> rows)
    {
        pdf.Space(12);
        pdf.Line(title, 11, strong: true);
        var list = rows.ToList();
        if (list.Count == 0)
        {
            pdf.Line("Nessuna operazione.", 8);
            return;
        }
        pdf.Table(headers, widths, list);
    }
}
