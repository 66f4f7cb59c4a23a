namespace Portale.Core.Jobs;

/// <summary>
/// Runs a job and writes what it did to the job log: a completed run with its counts, or a failed one
/// with the reason (the failure is then passed on, so the host logs it too). A run that was not due
/// (the work answers null) writes nothing, so frequent timers do not fill the log.
/// </summary>
public sealed class JobRecorder(IJobLog log, TimeProvider clock)
{
    public async Task<JobOutcome?> RunAsync(
        string job, Func<CancellationToken, Task<JobOutcome?>> work, CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        JobOutcome? outcome;
        try
        {
            outcome = await work(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            await log.AddAsync(
                new JobRun(job, null, startedAt, clock.GetUtcNow(), JobStatus.Failed,
                    new Dictionary<string, int>(), $"{e.GetType().Name}: {e.Message}"),
                CancellationToken.None);
            throw;
        }
        if (outcome is not null)
        {
            await log.AddAsync(
                new JobRun(job, outcome.Day, startedAt, clock.GetUtcNow(), JobStatus.Completed, outcome.Counts,
                    outcome.Note),
                cancellationToken);
        }
        return outcome;
    }
}
