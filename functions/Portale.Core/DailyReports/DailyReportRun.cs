namespace Portale.Core.DailyReports;

/// <param name="Quiet">Companies with no activity that day: no PEC.</param>
/// <param name="AlreadySent">Companies whose report was sent (or is being sent) by another run.</param>
public sealed record DailyReportRun(DateOnly Day, int Sent, int Quiet, int AlreadySent, IReadOnlyList<string> Failed);
