namespace Portale.Core.Outages;

/// <summary>Which outage reports name which answers of a company.</summary>
public sealed class OutageClaims(IOutageReportStore reports, IOutageStore outages)
{
    /// <summary>
    /// The claims of <paramref name="companyId"/> by answer name (canonical R- names; none for an unnamed
    /// answer). One read of the company's reports, and of the outages only when it has any.
    /// </summary>
    public async Task<ILookup<string, OutageClaim>> OfCompanyAsync(
        string companyId, CancellationToken cancellationToken)
    {
        var companyReports = await reports.ListAsync(companyId, cancellationToken);
        if (companyReports.Count == 0)
        {
            return Array.Empty<OutageClaim>().ToLookup(c => "");
        }
        var byId = (await outages.ListAsync(cancellationToken)).ToDictionary(o => o.Id);
        return companyReports
            .Where(r => byId.ContainsKey(r.OutageId))
            .SelectMany(r => r.Answers.Select(a => (Answer: a, Claim: new OutageClaim(r, byId[r.OutageId]))))
            .ToLookup(x => x.Answer, x => x.Claim, StringComparer.OrdinalIgnoreCase);
    }
}
