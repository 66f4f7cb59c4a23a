namespace Portale.Core.Uploads;

/// <summary>
/// No upload stays pending forever. The blob trigger retries and then parks the file as poison
/// (Azure and the local host alike) without telling us, so a timer looks for uploads pending longer
/// than <see cref="StallAfter"/> and runs the processor once more: one that can be processed now is
/// processed; one that still fails (or whose file is gone) ends rejected with
/// <see cref="UploadMessages.TechnicalError"/> and an "invio fallito" row, so the operator sees it and
/// can send again. Idempotent; never overrides an upload another run completed meanwhile.
/// </summary>
public sealed class StalledUploadExpiry(
    IUploadStore uploads, UploadProcessor processor, IFailedUploadLog failures, ReceiptIssuer receipts,
    TimeProvider clock)
{
    /// <summary>
    /// Well past the host's 5 attempts with back-off, and short enough for the operator to resend the same day.
    /// </summary>
    public static readonly TimeSpan StallAfter = TimeSpan.FromMinutes(30);

    public const string JobName = "stalled-uploads";

    /// <summary>
    /// The key index of the technical-error row: beyond any .zip entry's index, so it never overwrites an entry's row.
    /// </summary>
    public const int TechnicalErrorLogIndex = 9999;

    public async Task<StalledUploadReport> RunAsync(CancellationToken cancellationToken)
    {
        int processed = 0, failed = 0, skipped = 0;
        await foreach (var upload in uploads.ListPendingAsync(clock.GetUtcNow() - StallAfter, cancellationToken))
        {
            if (await TryProcessAsync(upload, cancellationToken))
            {
                processed++;
                continue;
            }
            // Read again: a run that completed it while we tried wins, and no failure row is written for it.
            var current = await uploads.FindAsync(upload.CompanyId, upload.UploadId, cancellationToken);
            if (current is not { Status: UploadStatus.Pending })
            {
                skipped++;
                continue;
            }
            // The row first, keyed (a rerun writes the same row), then the status: a
            // crash in between leaves it pending for the next pass.
            var key = UploadKeys.LogKey(current, TechnicalErrorLogIndex);
            var failure = new FailedUpload(
                current.CompanyId, key, current.FileName, current.ReceivedAt, current.UploadedBy,
                UploadMessages.TechnicalError);
            await failures.AddAsync([failure], cancellationToken);
            await receipts.IssueRefusalAsync(failure, current.UploadId, null, cancellationToken);
            var rejected = current with
            {
                Status = UploadStatus.Rejected,
                Results =
                    [new UploadResult(current.FileName, null, UploadOutcome.Rejected, UploadMessages.TechnicalError)],
            };
            if (await uploads.CompleteIfPendingAsync(rejected, cancellationToken))
            {
                failed++;
            }
            else
            {
                skipped++;
            }
        }
        return new StalledUploadReport(processed, failed, skipped);
    }

    /// <summary>
    /// True when the processor finished the upload (or someone else had); false when it threw or the file is missing.
    /// </summary>
    private async Task<bool> TryProcessAsync(UploadRecord upload, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await processor.ProcessAsync(upload.CompanyId, upload.UploadId, cancellationToken);
            return outcome != UploadProcessing.NoFile;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
