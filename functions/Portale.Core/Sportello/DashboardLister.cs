namespace Portale.Core.Sportello;

/// <summary>The staff dashboard, a page of companies at a time (<c>GET /api/backoffice/dashboard</c>).</summary>
public sealed class DashboardLister(ICompanyDashboards dashboards)
{
    public async Task<Page<CompanyDashboard>> ListAsync(
        string? sector, string? pageSize, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        Sector? wanted = QueryValues.OneOf(sector, "sector", "Settore", ["energy", "water"], errors) is { } s
            && SectorNames.TryParse(s, out var parsed)
                ? parsed
                : null;
        errors.ThrowIfAny();
        string Fingerprint(int size) => $"dashboard|{sector}|{size}";
        var request = PageRequestParser.Parse(pageSize, cursor, Fingerprint, keyed: true);
        var totalTask = dashboards.CountAsync(wanted, cancellationToken);
        var page = await dashboards.ReadAsync(wanted, request.Cursor?.After, request.Size, cancellationToken);
        var next = page.After is null ? null : new PageCursor(page.After, 0, Fingerprint(request.Size)).Encode();
        return new Page<CompanyDashboard>(page.Items, next, await totalTask);
    }
}
