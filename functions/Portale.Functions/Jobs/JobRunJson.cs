namespace Portale.Functions.Jobs;

/// <summary>A job run as the API shows it.</summary>
public sealed record JobRunJson(
    string Job,
    DateOnly? Day,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    JobStatus Status,
    IReadOnlyDictionary<string, int> Counts,
    string? Note)
{
    public static JobRunJson From(JobRun r) =>
        new(r.Job, r.Day, RomeTime.ToRome(r.StartedAt), RomeTime.ToRome(r.FinishedAt), r.Status, r.Counts, r.Note);
}
