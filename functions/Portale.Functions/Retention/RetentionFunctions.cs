namespace Portale.Functions.Retention;

/// <summary>The daily clean-up (issue 11, retention): what has outlived its purpose goes, nothing live.</summary>
public sealed class RetentionFunctions(RetentionService retention, JobRecorder jobs, TimeProvider clock)
{
    public const string CleanUp = "RetentionCleanUp";

    /// <summary>
    /// Daily at 04:15 UTC, after the nightly window and before the account lifecycle. Safe to rerun and
    /// on many instances: a row deleted twice is deleted once. Each run writes its counts to the job log.
    /// </summary>
    [Function(CleanUp)]
    public Task RunCleanUp([TimerTrigger("0 15 4 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        jobs.RunAsync(RetentionService.JobName,
            async ct => (await retention.RunAsync(ct)).ToOutcome(RomeTime.Today(clock)), cancellationToken);
}
