namespace Portale.Core.Uploads;

/// <summary>
/// Validates and files one received upload. Safe to run any number of times on the same upload
/// (duplicate Event Grid events, retries, a crash half-way): answers go to deterministic blobs and
/// a letter remembers which upload answered it; refusals are keyed rows; the status is written last,
/// so a crash leaves the upload pending and the next run completes it without duplicates.
/// </summary>
public sealed class UploadProcessor(
    IUploadStore uploads,
    IIncomingFiles incoming,
    IDocumentStore documents,
    IPdfInspector pdfs,
    IAnswerArchives archives,
    LetterReader reader,
    LetterUpdates letters,
    IFailedUploadLog failures,
    ICommunicationLog communications,
    AnswerCompleteness completeness,
    MalwareScanOptions malwareScan)
{
    /// <summary>
    /// Processes upload <paramref name="uploadId"/> of
    /// <paramref name="companyId"/>, or says why there was nothing to do.
    /// </summary>
    public async Task<UploadProcessing> ProcessAsync(
        string companyId, string uploadId, CancellationToken cancellationToken)
    {
        var upload =
            UploadKeys.IsUploadId(uploadId) ? await uploads.FindAsync(companyId, uploadId, cancellationToken) : null;
        if (upload is null)
        {
            return UploadProcessing.NoRecord;
        }
        if (upload.Status != UploadStatus.Pending)
        {
            return UploadProcessing.AlreadyDone;
        }
        await using var file = await incoming.OpenReadAsync(companyId, uploadId, cancellationToken);
        if (file is null)
        {
            return UploadProcessing.NoFile;
        }
        var scan = await incoming.ScanResultAsync(companyId, uploadId, cancellationToken);
        if (scan == MalwareScanResult.NotScanned && malwareScan.Required)
        {
            throw new MalwareScanPendingException(companyId, uploadId);
        }
        IReadOnlyList<UploadResult> results = scan == MalwareScanResult.Malicious
            ?
            [
                new UploadResult(upload.FileName, upload.Kind == UploadKind.Answer ? upload.Letters[0] : null,
                    UploadOutcome.Rejected, UploadMessages.Infected(upload.FileName)),
            ]
            : upload.Kind switch
            {
                UploadKind.Answer => [await SingleAnswerAsync(upload, file, cancellationToken)],
                UploadKind.AnswersZip => await ZipAsync(upload, file, cancellationToken),
                _ => [await CommunicationAsync(upload, file, cancellationToken)],
            };
        var refused =
            results.Select((r, i) => (Result: r, Index: i)).Where(x => x.Result.Outcome == UploadOutcome.Rejected)
            .Select(
                x => new FailedUpload(
                    companyId, UploadKeys.LogKey(upload, x.Index), x.Result.File, upload.ReceivedAt, upload.UploadedBy,
                    x.Result.Reason!))
            .ToList();
        if (refused.Count > 0)
        {
            await failures.AddAsync(refused, cancellationToken);
        }
        var status =
            results.Any(r => r.Outcome == UploadOutcome.Accepted) ? UploadStatus.Accepted : UploadStatus.Rejected;
        await uploads.CompleteAsync(upload with { Status = status, Results = results }, cancellationToken);
        return UploadProcessing.Done;
    }

    private async Task<UploadResult> SingleAnswerAsync(
        UploadRecord upload, Stream file, CancellationToken cancellationToken)
    {
        var letter = upload.Letters[0];
        var content = await ReadPdfAsync(file, upload.FileName, cancellationToken);
        return content.Refusal is { } refusal
            ? new UploadResult(upload.FileName, letter, UploadOutcome.Rejected, refusal)
            : await FileAnswerAsync(
                upload, upload.FileName, DocumentName.Parse(letter), content.Bytes!, cancellationToken);
    }

    private async Task<IReadOnlyList<UploadResult>> ZipAsync(
        UploadRecord upload, Stream file, CancellationToken cancellationToken)
    {
        IAnswerArchive archive;
        try
        {
            archive = await archives.OpenAsync(file, upload.FileName, cancellationToken);
        }
        catch (RefusalException rejected)
        {
            return [new UploadResult(upload.FileName, null, UploadOutcome.Rejected, rejected.Title)];
        }
        catch (UploadTooLargeException tooLarge)
        {
            return [
                new UploadResult(
                    upload.FileName, null, UploadOutcome.Rejected,
                    UploadMessages.TooLarge(upload.FileName, tooLarge.LimitBytes))];
        }
        await using (archive)
        {
            var plan = ZipEntryJudge.Judge(
                upload.FileName, archive.Entries, upload.Letters.Select(DocumentName.Parse).ToList());
            if (plan.ArchiveRefusal is { } archiveRefusal)
            {
                return [new UploadResult(upload.FileName, null, UploadOutcome.Rejected, archiveRefusal)];
            }
            var results = new List<UploadResult>();
            foreach (var verdict in plan.Entries.Where(v => v.Outcome != ZipEntryOutcome.Ignored))
            {
                var name = verdict.Entry.Name;
                if (verdict.Outcome == ZipEntryOutcome.Refused)
                {
                    results.Add(new UploadResult(name, null, UploadOutcome.Rejected, verdict.Reason));
                    continue;
                }
                (byte[]? Bytes, string? Refusal) content;
                try
                {
                    await using var entry = archive.OpenEntry(verdict.Entry);
                    content = await ReadPdfAsync(entry, name, cancellationToken);
                }
                catch (InvalidDataException)
                {
                    content = (null, UploadMessages.InvalidFormat(name));
                }
                results.Add(content.Refusal is { } refusal
                    ? new UploadResult(name, verdict.Letter!.ToString(), UploadOutcome.Rejected, refusal)
                    : await FileAnswerAsync(upload, name, verdict.Letter!, content.Bytes!, cancellationToken));
            }
            // Only folders or system files: the operator must still hear that nothing was filed.
            return results.Count > 0 ? results : [
                new UploadResult(
                    upload.FileName, null, UploadOutcome.Rejected, UploadMessages.ZipWithoutAnswers(upload.FileName))];
        }
    }

    private async Task<UploadResult> CommunicationAsync(
        UploadRecord upload, Stream file, CancellationToken cancellationToken)
    {
        var content = await ReadPdfAsync(file, upload.FileName, cancellationToken);
        if (content.Refusal is { } refusal)
        {
            return new UploadResult(upload.FileName, null, UploadOutcome.Rejected, refusal);
        }
        var path = UploadKeys.CommunicationPath(upload.CompanyId, upload.UploadId);
        await documents.PutAsync(path, content.Bytes!, cancellationToken);
        var communication = new Communication(upload.CompanyId, UploadKeys.LogKey(upload, 0), upload.Kind, upload.Label,
            upload.FileName, path, upload.ReceivedAt, upload.UploadedBy, DocumentHash.Of(content.Bytes!));
        await communications.AddAsync(communication, cancellationToken);
        return new UploadResult(upload.FileName, null, UploadOutcome.Accepted, null);
    }

    /// <summary>
    /// Files one valid answer. The PDF goes to a blob of its own upload first (a retry overwrites the
    /// same blob), then the letter is changed under its ETag: on a conflict <see cref="LetterUpdates"/>
    /// reads it again and this decides again, so of two simultaneous answers only one is the first.
    /// </summary>
    private async Task<UploadResult> FileAnswerAsync(
        UploadRecord upload, string file, DocumentName letterName, byte[] pdf, CancellationToken cancellationToken)
    {
        var letter = letterName.ToString();
        var answerName = UploadFileName.StoredAnswerName(letterName).ToString();
        var path = UploadKeys.AnswerPath(upload.CompanyId, upload.UploadId, answerName);
        string? refusal = null;
        var blobWritten = false;
        try
        {
            var before = await reader.GetAsync(upload.CompanyId, letter, cancellationToken);
            if (!AnsweredBy(before, upload))
            {
                refusal = AnswerEligibility.Check(letterName, StateOf(before), upload.ReceivedAt).Refusal;
                if (refusal is null)
                {
                    // The letter must never point at a missing PDF: the blob is written before the letter changes.
                    await documents.PutAsync(path, pdf, cancellationToken);
                    blobWritten = true;
                    await letters.ApplyAsync(upload.CompanyId, letter, l =>
                    {
                        refusal = null;
                        if (AnsweredBy(l, upload))
                        {
                            return null; // a concurrent run of this same upload filed it
                        }
                        var eligibility = AnswerEligibility.Check(letterName, StateOf(l), upload.ReceivedAt);
                        if (!eligibility.IsAllowed)
                        {
                            refusal = eligibility.Refusal;
                            return null;
                        }
                        var firstAnsweredAt =
                            eligibility.Slot == AnswerSlot.Replacement ? l.Answer!.AnsweredAt : upload.ReceivedAt;
                        return l with
                        {
                            Answer = new LetterAnswer(
                                answerName, upload.ReceivedAt, upload.UploadedBy,
                                completeness.OnFiling(l, firstAnsweredAt))
                            {
                                UploadId = upload.UploadId,
                                ReplacedUploadId = l.Answer?.UploadId,
                                FirstAnsweredAt =
                                    eligibility.Slot == AnswerSlot.Replacement ? l.Answer!.AnsweredAt : null,
                                Hash = DocumentHash.Of(pdf),
                            },
                        };
                    }, cancellationToken);
                }
            }
        }
        catch (RefusalException notFound) when (notFound.Kind == RefusalKind.NotFound)
        {
            refusal = UploadMessages.LetterNotToWork(letter);
        }
        if (refusal is not null)
        {
            if (blobWritten)
            {
                await documents.DeleteAsync(path, cancellationToken);
            }
            return new UploadResult(file, letter, UploadOutcome.Rejected, refusal);
        }
        return new UploadResult(file, letter, UploadOutcome.Accepted, null);
    }

    private static bool AnsweredBy(Letter l, UploadRecord upload) =>
        l.Answer is { } a && (a.UploadId == upload.UploadId || a.ReplacedUploadId == upload.UploadId);

    private static LetterAnswerState StateOf(Letter l) => new(
        DocumentName.Parse(l.Name),
        l.Recipient == Recipient.To,
        l.DownloadedAt is not null,
        l.Answer is { } a ? a.FirstAnsweredAt ?? a.AnsweredAt : null,
        l.Answer?.IsReplacement ?? false);

    private async Task<(byte[]? Bytes, string? Refusal)> ReadPdfAsync(
        Stream source, string name, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            await using var limited = new SizeLimitedStream(source, UploadLimits.LargestPdfBytes, leaveOpen: true);
            using var buffer = new MemoryStream();
            await limited.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }
        catch (UploadTooLargeException tooLarge)
        {
            return (null, UploadMessages.TooLarge(name, tooLarge.LimitBytes));
        }
        var check = await pdfs.InspectAsync(new MemoryStream(bytes, writable: false), cancellationToken);
        return UploadMessages.For(check, name) is { } refusal ? (null, refusal) : (bytes, null);
    }
}
