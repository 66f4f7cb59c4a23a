using System.Collections.Frozen;

namespace Portale.Core.Calendar;

/// <summary>Off-line days given once, e.g. by a test or a benchmark.</summary>
public sealed class FixedOfflineDays(IEnumerable<DateOnly> days) : IOfflineDays
{
    // Copied so a caller mutating its own set cannot change deadlines already handed out.
    public FrozenSet<DateOnly> Days { get; } = days.ToFrozenSet();
}
