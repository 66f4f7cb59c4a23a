namespace Portale.Functions.Retention;

/// <summary>The daily clean-up (issue 11, retention): what has outlived its purpose goes, nothing live.</summary>
public sealed class RetentionFunctions(RetentionService retention, ILogger<RetentionFunctions> logger)
{
    public const string CleanUp = "RetentionCleanUp";

    /// <summary>
    /// Daily at 04:15 UTC, after the nightly window and before the account lifecycle. Safe to rerun and
    /// on many instances: a row deleted twice is deleted once.
    /// </summary>
    [Function(CleanUp)]
    public async Task RunCleanUp([TimerTrigger("0 15 4 * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var report = await retention.RunAsync(cancellationToken);
        // The job log of issue 11 takes this report as it is: one call here when its port lands.
        logger.LogInformation(
            "Clean-up: {Total} rows removed ({Sessions} sessions, {Challenges} sign-in challenges, {Tokens} link " +
            "tokens, {Captcha} captcha ledger, {Attempts} attempts, {Outbox} outbox messages, {Registrations} " +
            "unconfirmed registrations, {Claims} mobile claims)",
            report.Total, report.Sessions, report.SignInChallenges, report.LinkTokens, report.CaptchaLedger,
            report.SignInAttempts, report.OutboxMessages, report.UnconfirmedRegistrations, report.MobileClaims);
    }
}
