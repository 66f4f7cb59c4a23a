namespace Portale.Core.Jobs;

/// <summary>One run of a timer job, as the job log keeps it for the back office.</summary>
/// <param name="Day">The Rome day the run worked for, when the job has one.</param>
/// <param name="Counts">What it did, by name (e.g. <c>sent</c>, <c>aged</c>).</param>
/// <param name="Note">A remark, or for a failed run what went wrong.</param>
public sealed record JobRun(
    string Job,
    DateOnly? Day,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    JobStatus Status,
    IReadOnlyDictionary<string, int> Counts,
    string? Note);
