namespace Portale.Core.Publication;

/// <summary>Which daily jobs are done for which Rome date, so a job runs exactly once a day.</summary>
public interface IJobLedger
{
    Task<bool> IsDoneAsync(string job, DateOnly day, CancellationToken cancellationToken);

    /// <summary>The latest day from <paramref name="from"/> to <paramref name="through"/> the job is done for, or null.</summary>
    Task<DateOnly?> LatestDoneAsync(
        string job, DateOnly from, DateOnly through, CancellationToken cancellationToken);

    Task MarkDoneAsync(string job, DateOnly day, DateTimeOffset at, CancellationToken cancellationToken);
}
