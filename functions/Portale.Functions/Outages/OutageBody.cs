namespace Portale.Functions.Outages;

/// <summary>PUT /api/backoffice/outages/{outageId}: <c>endsAt</c> empty while the outage goes on.</summary>
public sealed record OutageBody(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, bool? Planned, string? Note);
