namespace Portale.Core.DailyReports;

/// <summary>"Riepilogo operazioni del giorno" of one company (manual ch. 10).</summary>
public sealed record DailyReport(Company Company, DateOnly Day, DailyActivity Activity)
{
    public string Title => DailyReportTexts.Title(Day);
}
