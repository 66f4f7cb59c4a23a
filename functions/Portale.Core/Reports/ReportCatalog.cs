namespace Portale.Core.Reports;

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
        new(
            ReportKind.Cc, "cc", "Report lettere scaricate in copia conoscenza",
            "lettere_scaricate_in_copia_conoscenza"),
    ];

    /// <summary>Ids are matched exactly (lower case), as the other route values.</summary>
    public static ReportDefinition? Find(string? id) =>
        All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
}
