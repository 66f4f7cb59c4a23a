namespace Portale.Core.Jobs;

/// <summary>The log of the timer jobs' runs, newest first, for the back office.</summary>
public interface IJobLog
{
    Task AddAsync(JobRun run, CancellationToken cancellationToken);

    /// <summary>Newest first; every job's runs, or those of <paramref name="job"/>.</summary>
    Task<KeyedPage<JobRun>> ReadNewestFirstAsync(
        string? job, string? after, int take, CancellationToken cancellationToken);

    Task<int> CountAsync(string? job, CancellationToken cancellationToken);
}
