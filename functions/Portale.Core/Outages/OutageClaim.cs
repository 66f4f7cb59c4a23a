namespace Portale.Core.Outages;

/// <summary>A report naming an answer, with the outage it was made for.</summary>
public sealed record OutageClaim(OutageReport Report, Outage Outage);
