namespace Portale.Core.DailyReports;

/// <summary>
/// Reads one company's activity of one Rome day from what the portal recorded, oldest first in each section.
/// </summary>
public interface IDailyActivitySource
{
    Task<DailyActivity> ReadAsync(string companyId, DateOnly day, CancellationToken cancellationToken);
}
