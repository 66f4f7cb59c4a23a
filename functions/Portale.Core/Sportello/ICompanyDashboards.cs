namespace Portale.Core.Sportello;

/// <summary>
/// The staff dashboard: one row per company, rewritten from the company's counters after every change of
/// its letters or solleciti and by the daily ageing (overdue moves with the days, not with the letters),
/// so reading the dashboard of every company reads these rows only.
/// </summary>
public interface ICompanyDashboards
{
    /// <summary>Computes the company's row again from its counters, as of today.</summary>
    Task RefreshAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>Rows in company id order, after <paramref name="after"/>, of one sector or all.</summary>
    Task<KeyedPage<CompanyDashboard>> ReadAsync(
        Sector? sector, string? after, int take, CancellationToken cancellationToken);

    Task<int> CountAsync(Sector? sector, CancellationToken cancellationToken);
}
