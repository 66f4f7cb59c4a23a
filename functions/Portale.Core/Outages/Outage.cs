namespace Portale.Core.Outages;

/// <summary>
/// A period in which the portal could not be used, as the back office records it (manual ch. 8, 9):
/// <see cref="EndsAt"/> is null while it is still going on; planned maintenance never makes
/// off-line days nor entitles answers to an earlier date.
/// </summary>
public sealed record Outage(string Id, DateTimeOffset StartsAt, DateTimeOffset? EndsAt, bool Planned, string? Note)
{
    public DateTimeOffset RecordedAt { get; init; }

    public string? RecordedBy { get; init; }

    /// <summary>Its end, or <paramref name="now"/> while it goes on.</summary>
    public DateTimeOffset EndOr(DateTimeOffset now) => EndsAt ?? now;
}
