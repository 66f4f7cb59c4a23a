using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Portale.Core.Uploads;

namespace Portale.Functions.Uploads;

/// <summary>
/// Every 5 minutes: uploads pending for longer than <see cref="StalledUploadExpiry.StallAfter"/> are tried
/// once more and, if they still fail, rejected with a technical error the operator can see. The blob
/// trigger's poison handling (Event Grid in Azure, the local host's <c>incoming-poison</c>) has no hook
/// for us, so this is what guarantees no upload is silently stuck.
/// </summary>
public sealed class ExpireStalledUploadsFunction(StalledUploadExpiry expiry, ILogger<ExpireStalledUploadsFunction> logger)
{
    public const string Name = "ExpireStalledUploads";

    [Function(Name)]
    public async Task Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var report = await expiry.RunAsync(cancellationToken);
        if (report.Failed > 0)
        {
            logger.LogWarning("Stalled uploads: {Processed} processed on retry, {Failed} rejected with a technical error, {Skipped} completed meanwhile",
                report.Processed, report.Failed, report.Skipped);
        }
        else
        {
            logger.LogInformation("Stalled uploads: {Processed} processed on retry, {Skipped} completed meanwhile", report.Processed, report.Skipped);
        }
    }
}
