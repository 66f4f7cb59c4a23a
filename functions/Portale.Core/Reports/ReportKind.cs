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
