using System.Collections.Frozen;

namespace Portale.Core.Calendar;

/// <summary>The working days on which the portal was off-line (manual 6.2, 9.1), as known now.</summary>
public interface IOfflineDays
{
    /// <summary>A snapshot: the set handed out never changes, a newer one replaces it.</summary>
    FrozenSet<DateOnly> Days { get; }
}
