namespace Portale.Core.Jobs;

/// <summary>What a job did in one run: the Rome day it worked for (when it has one), its counts, a note.</summary>
public sealed record JobOutcome(DateOnly? Day, IReadOnlyDictionary<string, int> Counts, string? Note = null)
{
    public static JobOutcome Of(DateOnly? day, params (string Name, int Count)[] counts) =>
        new(day, counts.ToDictionary(c => c.Name, c => c.Count, StringComparer.Ordinal));
}
