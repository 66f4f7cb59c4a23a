namespace Portale.Core.Reports;

/// <summary>The reports of manual 6.9, one per section list.</summary>
public enum ReportKind
{
    FailedUploads,
    Communications,
    New,
    ToWork,
    Archive,
    Reminders,
    Cc,
}

/// <summary>A report's wire id (the route's <c>{report}</c>), the manual's name and the name part of its file.</summary>
public sealed record ReportDefinition(ReportKind Kind, string Id, string Title, string FileNamePart)
{
    /// <summary><c>Report_&lt;name&gt;_&lt;company&gt;_&lt;yyyymmdd&gt;.xlsx</c>, dated on the business clock's day in Europe/Rome.</summary>
    public string FileName(string companyId, DateOnly today) => $"Report_{FileNamePart}_{companyId}_{today:yyyyMMdd}.xlsx";
}

/// <summary>The seven reports in the manual's order (6.9), word for word.</summary>
public static class ReportCatalog
{
    public static IReadOnlyList<ReportDefinition> All { get; } =
    [
        new(ReportKind.FailedUploads, "failed-uploads", "Report invii falliti", "invii_falliti"),
        new(ReportKind.Communications, "communications", "Report comunicazioni libere", "comunicazioni_libere"),
        new(ReportKind.New, "new", "Report nuove lettere ricevute", "nuove_lettere_ricevute"),
        new(ReportKind.ToWork, "to-work", "Report lettere scaricate da lavorare", "lettere_scaricate_da_lavorare"),
        new(ReportKind.Archive, "archive", "Report archivio lettere con risposta", "archivio_lettere_con_risposta"),
        new(ReportKind.Reminders, "reminders", "Report nuovi solleciti ricevuti", "nuovi_solleciti_ricevuti"),
        new(ReportKind.Cc, "cc", "Report lettere scaricate in copia conoscenza", "lettere_scaricate_in_copia_conoscenza"),
    ];

    /// <summary>Ids are matched exactly (lower case), as the other route values.</summary>
    public static ReportDefinition? Find(string? id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
}
