namespace Portale.Core.Outages;

/// <summary>Setting <c>Portale:Outages</c>.</summary>
public sealed class OutageOptions
{
    public const string Section = "Portale:Outages";

    /// <summary>
    /// How long an instance trusts the off-line days it read (<c>RefreshSeconds</c>, default 60): an outage
    /// recorded on another instance moves this one's deadlines at most this long after it was saved.
    /// </summary>
    public int RefreshSeconds { get; set; } = 60;

    public TimeSpan RefreshInterval => TimeSpan.FromSeconds(Math.Max(1, RefreshSeconds));
}
