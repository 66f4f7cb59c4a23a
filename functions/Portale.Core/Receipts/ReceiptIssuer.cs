namespace Portale.Core.Receipts;

/// <summary>
/// Issues the receipts of one processed upload: one per accepted answer or communication, one per refusal.
/// Run by <see cref="UploadProcessor"/> after the filing and before the upload's status is written, so a
/// crash in between leaves the upload pending and the next run issues what is missing. Receipt ids are
/// derived from the upload (<see cref="UploadKeys"/>), and a receipt already stored is never written again:
/// a rerun cannot change one, and a replacement answer, a new upload, gets receipts of its own.
/// </summary>
public sealed class ReceiptIssuer(
    IReceiptStore store, IReceiptSigner signer, ICompanyDirectory companies, LetterReader letters, TimeProvider clock)
{
    private const int Parallelism = 8;

    /// <param name="refused">The positions in <paramref name="results"/> that "Invii falliti" lists.</param>
    public async Task IssueAsync(
        UploadRecord upload, IReadOnlyList<UploadResult> results, IReadOnlySet<int> refused,
        CancellationToken cancellationToken)
    {
        var issued = await store.IdsAsync(upload.CompanyId, UploadKeys.LogPrefix(upload), cancellationToken);
        var due = results
            .Select((result, index) => (Result: result, Index: index, Id: IdOf(upload, result, index)))
            .Where(x => (refused.Contains(x.Index) || x.Result.Outcome == UploadOutcome.Accepted) && !issued.Contains(x.Id))
            .ToList();
        if (due.Count == 0)
        {
            return;
        }
        var company = (await companies.FindAsync(upload.CompanyId, cancellationToken))?.Name ?? upload.CompanyId;
        var issuedAt = clock.GetUtcNow();
        // At most Parallelism signatures at once (Key Vault answers each in tens of milliseconds).
        using var slots = new SemaphoreSlim(Parallelism);
        await Task.WhenAll(due.Select(async x =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                var receipt = await ReceiptOfAsync(upload, x.Result, x.Id, company, issuedAt, cancellationToken);
                var jws = await CompactJws.SignAsync(ReceiptJson.Canonical(receipt), signer, cancellationToken);
                await store.AddOnceAsync(upload.CompanyId, x.Id, jws, cancellationToken);
            }
            finally
            {
                slots.Release();
            }
        }));
    }

    /// <summary>
    /// The receipt of a refusal written outside the processing's results: refused at intake (<paramref name="uploadId"/>
    /// is then the refusal's own id), an upload that stalled, an answer pushed out by an earlier one.
    /// </summary>
    public async Task IssueRefusalAsync(
        FailedUpload failure, string uploadId, string? letter, CancellationToken cancellationToken)
    {
        if ((await store.IdsAsync(failure.CompanyId, failure.Key, cancellationToken)).Contains(failure.Key))
        {
            return;
        }
        var company = (await companies.FindAsync(failure.CompanyId, cancellationToken))?.Name ?? failure.CompanyId;
        var receipt = new Receipt(
            failure.Key, ReceiptKind.Refusal, failure.CompanyId, company, letter, failure.File, null, failure.EventAt,
            null, null, uploadId, failure.User, clock.GetUtcNow(), ReceiptRefusalCodes.Of(failure.Reason),
            failure.Reason);
        var jws = await CompactJws.SignAsync(ReceiptJson.Canonical(receipt), signer, cancellationToken);
        await store.AddOnceAsync(failure.CompanyId, failure.Key, jws, cancellationToken);
    }

    /// <summary>The receipt id of one result: the answer's is named by its letter, the others by their row.</summary>
    public static string IdOf(UploadRecord upload, UploadResult result, int index) =>
        result.Outcome == UploadOutcome.Accepted && result.Letter is { } letter
            ? UploadKeys.AnswerReceiptKey(upload.ReceivedAt, upload.UploadId, letter)
            : UploadKeys.LogKey(upload, index);

    private async Task<Receipt> ReceiptOfAsync(
        UploadRecord upload, UploadResult result, string id, string company, DateTimeOffset issuedAt,
        CancellationToken cancellationToken)
    {
        var accepted = result.Outcome == UploadOutcome.Accepted;
        var kind = !accepted ? ReceiptKind.Refusal
            : upload.Kind switch
            {
                UploadKind.Answer or UploadKind.AnswersZip => ReceiptKind.Answer,
                UploadKind.TirvRejection => ReceiptKind.TirvRejection,
                _ => ReceiptKind.Communication,
            };
        var answer = kind == ReceiptKind.Answer
            ? (await letters.GetAsync(upload.CompanyId, result.Letter!, cancellationToken)).Answer
            : null;
        var filed = answer is not null && answer.Filed.Any(a => a.UploadId == upload.UploadId);
        return new Receipt(
            id, kind, upload.CompanyId, company, result.Letter, result.File, result.Hash, upload.ReceivedAt,
            filed ? answer!.AnsweredOn : null, filed ? answer!.Backdating?.Reason : null, upload.UploadId,
            upload.UploadedBy, issuedAt,
            accepted ? null : ReceiptRefusalCodes.Of(result.Reason ?? ""), accepted ? null : result.Reason);
    }
}
