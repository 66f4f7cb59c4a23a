namespace Portale.Core.Outages;

/// <summary>The reports of answers that could not be uploaded, one partition per company.</summary>
public interface IOutageReportStore
{
    Task AddAsync(OutageReport report, CancellationToken cancellationToken);

    /// <summary>The company's reports, newest first.</summary>
    Task<IReadOnlyList<OutageReport>> ListAsync(string companyId, CancellationToken cancellationToken);
}
