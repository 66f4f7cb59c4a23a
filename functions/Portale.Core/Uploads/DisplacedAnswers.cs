namespace Portale.Core.Uploads;

/// <summary>
/// An answer filed earlier that one received before it, but processed after, pushes out (<see cref="AnswerOrder"/>):
/// it becomes an "invio fallito" of its own upload, and that upload's result says so. The row is written
/// before the letter changes and is keyed, so a rerun writes it again and never twice; an upload still
/// being processed reads its rows before it completes (<see cref="ApplyAsync"/>).
/// </summary>
public sealed class DisplacedAnswers(IUploadStore uploads, IFailedUploadLog failures, ReceiptIssuer receipts)
{
    public async Task RecordAsync(
        string companyId, string letterName, RefusedAnswer displaced, CancellationToken cancellationToken)
    {
        var upload = await uploads.FindAsync(companyId, displaced.Answer.UploadId, cancellationToken);
        if (upload is null)
        {
            return;
        }
        var reason = RefusalMessages.For(displaced.Why);
        var index = upload.Results.ToList().FindIndex(r => r.Letter == letterName);
        var file = index >= 0
            ? upload.Results[index].File
            : DocumentName.Parse(letterName).ToAnswerName().ToString();
        var failure = new FailedUpload(
            companyId, UploadKeys.DisplacedKey(upload, letterName), file, upload.ReceivedAt, upload.UploadedBy, reason);
        await failures.AddAsync([failure], cancellationToken);
        await receipts.IssueRefusalAsync(failure, upload.UploadId, letterName, cancellationToken);
        if (upload.Status == UploadStatus.Pending || index < 0)
        {
            return;
        }
        var results = upload.Results
            .Select((r, i) => i == index ? r with { Outcome = UploadOutcome.Rejected, Reason = reason } : r)
            .ToList();
        await uploads.CompleteAsync(upload with { Status = StatusOf(results), Results = results }, cancellationToken);
    }

    /// <summary>
    /// The letters whose answer in <paramref name="results"/> was pushed out while the upload was being
    /// processed (a row exists already), with the reason: those results are refusals, and have their row.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> OfAsync(
        UploadRecord upload, IReadOnlyList<UploadResult> results, CancellationToken cancellationToken)
    {
        if (!results.Any(r => r.Letter is not null))
        {
            return new Dictionary<string, string>();
        }
        var rows = (await failures.ListOfUploadAsync(upload, cancellationToken)).ToDictionary(f => f.Key, f => f.Reason);
        return results
            .Select(r => r.Letter)
            .OfType<string>()
            .Distinct()
            .Where(l => rows.ContainsKey(UploadKeys.DisplacedKey(upload, l)))
            .ToDictionary(l => l, l => rows[UploadKeys.DisplacedKey(upload, l)]);
    }

    public static UploadStatus StatusOf(IEnumerable<UploadResult> results) =>
        results.Any(r => r.Outcome == UploadOutcome.Accepted) ? UploadStatus.Accepted : UploadStatus.Rejected;
}
