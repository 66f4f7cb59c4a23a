namespace Portale.Core.Reports;

/// <summary>
/// The letter sections' columns (manual 6.1–6.3, 6.5), in the order and wording of the web lists
/// (web/src/pages/letterColumns.tsx): "Lettera" first, then the section's own.
/// </summary>
public static class LetterReportColumns
{
    private static LetterReportColumn C(
        string header, ReportCellFormat format, double width, Func<LetterView, object?> value) =>
        new(new ReportColumn(header, format, width), value);

    private static readonly LetterReportColumn Name = C("Lettera", ReportCellFormat.Text, 30, v => v.Letter.Name);

    private static readonly LetterReportColumn[] Common =
    [
        C("Data Pubblicazione", ReportCellFormat.Date, 14, v => ReportBuilder.RomeDay(v.Letter.PublishedAt)),
        C("Destinatario Principale", ReportCellFormat.Text, 12, v => v.Letter.Recipient == Recipient.To ? "SI" : "NO"),
        C("ID Caso", ReportCellFormat.Text, 12, v => v.Letter.Fields.CaseId),
        C("Tipo Pratica", ReportCellFormat.Text, 30, v => v.Letter.Fields.PracticeType),
        C("Utenza", ReportCellFormat.Text, 24, v => v.Letter.Fields.Utility),
        C("Tipo Servizio", ReportCellFormat.Text, 14, v => ServiceTypes.LabelOf(v.Letter.Fields.ServiceType)),
        C("Argomento", ReportCellFormat.Text, 20, v => v.Letter.Fields.Topic),
        C("Sub Argomento", ReportCellFormat.Text, 26, v => v.Letter.Fields.SubTopic),
        C("Denominazione Cliente", ReportCellFormat.Text, 28, v => v.Letter.Fields.CustomerName),
        C("Indirizzo Fornitura", ReportCellFormat.Text, 32, v => v.Letter.Fields.SupplyAddress),
        C("Data Offline", ReportCellFormat.Date, 14, v => v.Letter.OfflineOn),
        C("Hash Lettera", ReportCellFormat.Text, 66, v => v.Letter.Hash),
        C("NOTA", ReportCellFormat.Text, 40, v => v.Letter.Note ?? ""),
    ];

    private static readonly LetterReportColumn[] Downloaded =
    [
        C(
            "Data Download", ReportCellFormat.DateTime, 20,
            v => v.Letter.DownloadedAt is { } d ? ReportBuilder.Rome(d) : null),
        C("Utente Download", ReportCellFormat.Text, 20, v => v.Letter.DownloadedBy ?? ""),
    ];

    private static readonly LetterReportColumn[] ToWork =
    [
        C("Giorni a scadenza risposta", ReportCellFormat.Number, 14, v => v.DaysToDeadline),
        C(
            "Proroga(gg)", ReportCellFormat.Number, 12,
            v => v.Letter.ExtensionWorkingDays > 0 ? v.Letter.ExtensionWorkingDays : null),
    ];

    private static readonly LetterReportColumn[] Answer =
    [
        C("RISPOSTA", ReportCellFormat.Text, 30, v => v.Letter.Answer?.Name ?? ""),
        C(
            "Data Risposta", ReportCellFormat.DateTime, 20,
            v => v.Letter.Answer is { } a ? ReportBuilder.Rome(a.AnsweredAt) : null),
        C("Utente Risposta", ReportCellFormat.Text, 20, v => v.Letter.Answer?.AnsweredBy ?? ""),
        C("Completezza Risposta", ReportCellFormat.Text, 16, v => v.Letter.Answer?.Completeness ?? ""),
        // Chapter 9: the web shows both beside Data Risposta; a spreadsheet needs columns of their own.
        C(
            "Data Risposta attribuita", ReportCellFormat.Date, 14,
            v => v.Letter.Answer?.Backdating?.AttemptedOn),
        C("Motivo Data Risposta attribuita", ReportCellFormat.Text, 60, v => v.Letter.Answer?.Backdating?.Reason ?? ""),
    ];

    public static IReadOnlyList<LetterReportColumn> For(Section section) => section switch
    {
        Section.New => [Name, .. Common],
        // Fig. 10's order: Data Pubblicazione, the download, the answer, then the letter's fields.
        Section.Archive => [Name, Common[0], .. Downloaded, .. Answer, .. Common[1..]],
        Section.Cc => [Name, .. Common, .. Downloaded],
        _ => [Name, .. Common, .. Downloaded, .. ToWork],
    };
}
