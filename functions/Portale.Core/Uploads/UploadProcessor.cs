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
    IChangeFeed feed,
    AnswerFiling filing,
    DisplacedAnswers displaced,
    OutageClaims claims,
    MalwareScanOptions malwareScan,
    ReceiptIssuer receipts)
{
    public const int DefaultFilingParallelism = 8;

    /// <summary>Answers of one ZIP filed at once (each a blob write, a letter read and a letter batch).</summary>
    public int FilingParallelism { get; init; } = DefaultFilingParallelism;

    /// <summary>How often one answer is decided again when answers keep arriving under it (then the upload is retried).</summary>
    private const int MaxPlacements = 5;

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
        var named = upload.Kind is UploadKind.Answer or UploadKind.AnswersZip && scan != MalwareScanResult.Malicious
            ? await claims.OfCompanyAsync(companyId, cancellationToken)
            : null;
        IReadOnlyList<UploadResult> results = scan == MalwareScanResult.Malicious
            ?
            [
                new UploadResult(upload.FileName, upload.Kind == UploadKind.Answer ? upload.Letters[0] : null,
                    UploadOutcome.Rejected, UploadMessages.Infected(upload.FileName)),
            ]
            : upload.Kind switch
            {
                UploadKind.Answer => [await SingleAnswerAsync(upload, file, named!, cancellationToken)],
                UploadKind.AnswersZip => await ZipAsync(upload, file, named!, cancellationToken),
                _ => [await CommunicationAsync(upload, file, cancellationToken)],
            };
        // Answers pushed out by uploads received earlier (during this run, or before a rerun) have their row.
        var pushedOut = await displaced.OfAsync(upload, results, cancellationToken);
        results = WithPushedOut(results, pushedOut);
        var refusedAt = results.Select((r, i) => (Result: r, Index: i))
            .Where(x => x.Result.Outcome == UploadOutcome.Rejected && !pushedOut.ContainsKey(x.Result.Letter ?? ""))
            .Select(x => x.Index)
            .ToHashSet();
        var refused = refusedAt.Order()
            .Select(i => new FailedUpload(
                companyId, UploadKeys.LogKey(upload, i), results[i].File, upload.ReceivedAt, upload.UploadedBy,
                results[i].Reason!))
            .ToList();
        if (refused.Count > 0)
        {
            await failures.AddAsync(refused, cancellationToken);
        }
        // Before the status: an upload that says done has every receipt (a crash here leaves it pending).
        await receipts.IssueAsync(upload, results, refusedAt, cancellationToken);
        await uploads.CompleteAsync(
            upload with { Status = DisplacedAnswers.StatusOf(results), Results = results }, cancellationToken);
        // An upload pushing one of these out while this completed saw it pending and left it to this run:
        // its row was written before it looked, so reading the rows again now cannot miss it.
        var pushedOutMeanwhile = await displaced.OfAsync(upload, results, cancellationToken);
        if (pushedOutMeanwhile.Keys.Except(pushedOut.Keys).Any())
        {
            results = WithPushedOut(results, pushedOutMeanwhile);
            await uploads.CompleteAsync(
                upload with { Status = DisplacedAnswers.StatusOf(results), Results = results }, cancellationToken);
        }
        return UploadProcessing.Done;
    }

    private static List<UploadResult> WithPushedOut(
        IEnumerable<UploadResult> results, IReadOnlyDictionary<string, string> pushedOut) =>
        results
            .Select(r => r.Letter is { } l && pushedOut.TryGetValue(l, out var reason)
                ? r with { Outcome = UploadOutcome.Rejected, Reason = reason }
                : r)
            .ToList();

    private async Task<UploadResult> SingleAnswerAsync(
        UploadRecord upload, Stream file, ILookup<string, OutageClaim> named, CancellationToken cancellationToken)
    {
        var letter = upload.Letters[0];
        var content = await ReadPdfAsync(file, upload.FileName, cancellationToken);
        return content.Refusal is { } refusal
            ? new UploadResult(upload.FileName, letter, UploadOutcome.Rejected, refusal)
            : await FileAnswerAsync(
                upload, upload.FileName, DocumentName.Parse(letter), content.Bytes!, named, cancellationToken);
    }

    private async Task<IReadOnlyList<UploadResult>> ZipAsync(
        UploadRecord upload, Stream file, ILookup<string, OutageClaim> named, CancellationToken cancellationToken)
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
            // The archive is read and its PDFs inspected one entry at a time (it is one stream); the answers
            // are filed at most FilingParallelism at once, each all-or-nothing as alone, and the results keep
            // the archive's order whatever order the filings end in.
            var results = new List<Task<UploadResult>>();
            using var slots = new SemaphoreSlim(FilingParallelism);
            // The letter transactions go one at a time: every answer moves its letter between the same
            // section counter rows, so parallel ones would only collide (412) and retry.
            using var letterWrites = new SemaphoreSlim(1);
            try
            {
                foreach (var verdict in plan.Entries.Where(v => v.Outcome != ZipEntryOutcome.Ignored))
                {
                    if (results.Any(r => r.IsFaulted || r.IsCanceled))
                    {
                        break; // a filing failed: the run stops and the next one completes the upload
                    }
                    var name = verdict.Entry.Name;
                    if (verdict.Outcome == ZipEntryOutcome.Refused)
                    {
                        results.Add(Task.FromResult(
                            new UploadResult(name, null, UploadOutcome.Rejected, verdict.Reason)));
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
                    if (content.Refusal is { } refusal)
                    {
                        results.Add(Task.FromResult(
                            new UploadResult(name, verdict.Letter!.ToString(), UploadOutcome.Rejected, refusal)));
                        continue;
                    }
                    await slots.WaitAsync(cancellationToken);
                    results.Add(FileInSlotAsync(
                        upload, name, verdict.Letter!, content.Bytes!, named, slots, letterWrites, cancellationToken));
                }
            }
            catch
            {
                await SettledAsync(results);
                throw;
            }
            var filed = await Task.WhenAll(results);
            // Only folders or system files: the operator must still hear that nothing was filed.
            return filed.Length > 0 ? filed : [
                new UploadResult(
                    upload.FileName, null, UploadOutcome.Rejected, UploadMessages.ZipWithoutAnswers(upload.FileName))];
        }
    }

    private async Task<UploadResult> FileInSlotAsync(
        UploadRecord upload, string file, DocumentName letterName, byte[] pdf, ILookup<string, OutageClaim> named,
        SemaphoreSlim slots, SemaphoreSlim letterWrites, CancellationToken cancellationToken)
    {
        try
        {
            return await FileAnswerAsync(upload, file, letterName, pdf, named, cancellationToken, letterWrites);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Waits for filings already started, whatever their end: none may outlive the run.</summary>
    private static async Task SettledAsync(IEnumerable<Task> filings)
    {
        foreach (var filing in filings)
        {
            try
            {
                await filing;
            }
            catch (Exception)
            {
                // The run is already failing with its own exception, which the caller rethrows.
            }
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
        await feed.RecordAsync(ChangeItems.Of(communication), cancellationToken);
        return new UploadResult(upload.FileName, null, UploadOutcome.Accepted, null, communication.Hash);
    }

    /// <summary>
    /// Files one valid answer where its arrival puts it (<see cref="AnswerOrder"/>). The answers it pushes
    /// out are recorded first, then the PDF goes to a blob of its own upload (a retry overwrites the same
    /// blob), then the letter is changed under its ETag: on a conflict <see cref="LetterUpdates"/> reads it
    /// again and this decides again, so of two simultaneous answers only one is the first; a decision that
    /// would push out an answer not recorded yet starts over.
    /// </summary>
    private async Task<UploadResult> FileAnswerAsync(
        UploadRecord upload, string file, DocumentName letterName, byte[] pdf, ILookup<string, OutageClaim> named,
        CancellationToken cancellationToken, SemaphoreSlim? letterWrites = null)
    {
        var letter = letterName.ToString();
        var candidate = new FiledAnswer(upload.UploadId, upload.ReceivedAt, upload.UploadedBy, DocumentHash.Of(pdf));
        try
        {
            for (var attempt = 1; attempt <= MaxPlacements; attempt++)
            {
                var decision = AnswerFiling.Decide(
                    await reader.GetAsync(upload.CompanyId, letter, cancellationToken), letterName, candidate);
                if (decision.AlreadyFiled || decision.Refusal is not null)
                {
                    return Result(file, letter, decision.Refusal, candidate.Hash);
                }
                foreach (var pushedOut in decision.Displaced)
                {
                    await displaced.RecordAsync(upload.CompanyId, letter, pushedOut, cancellationToken);
                }
                var (placed, refusal) =
                    await PlaceAsync(
                        upload, letterName, pdf, candidate, decision, named, letterWrites, cancellationToken);
                if (placed || refusal is not null)
                {
                    return Result(file, letter, refusal, candidate.Hash);
                }
            }
            throw new ConcurrencyConflictException($"The answer of upload {upload.UploadId} to {letter} kept " +
                "meeting new answers.");
        }
        catch (RefusalException notFound) when (notFound.Kind == RefusalKind.NotFound)
        {
            return Result(file, letter, UploadMessages.LetterNotToWork(letter), null);
        }
    }

    /// <summary>
    /// (true, null) once filed; (false, reason) when refused; (false, null) when the letter now holds an
    /// answer this would push out that <paramref name="decision"/> did not record.
    /// </summary>
    private async Task<(bool Placed, string? Refusal)> PlaceAsync(
        UploadRecord upload, DocumentName letterName, byte[] pdf, FiledAnswer candidate, AnswerDecision decision,
        ILookup<string, OutageClaim> named, SemaphoreSlim? letterWrites, CancellationToken cancellationToken)
    {
        var answerName = UploadFileName.StoredAnswerName(letterName).ToString();
        var path = UploadKeys.AnswerPath(upload.CompanyId, upload.UploadId, answerName);
        // The letter must never point at a missing PDF: the blob is written before the letter changes.
        await documents.PutAsync(path, pdf, cancellationToken);
        (bool Placed, string? Refusal) outcome = (true, null);
        await OneAtATimeAsync(letterWrites, () => letters.ApplyAsync(upload.CompanyId, letterName.ToString(), l =>
        {
            outcome = (true, null);
            var again = AnswerFiling.Decide(l, letterName, candidate);
            if (again.AlreadyFiled)
            {
                return null; // a concurrent run of this same upload filed it
            }
            if (again.Refusal is not null || again.Displaced.Except(decision.Displaced).Any())
            {
                outcome = (false, again.Refusal);
                return null;
            }
            return filing.Filed(l, again.Placement!, answerName, named[answerName]);
        }, cancellationToken), cancellationToken);
        if (outcome.Refusal is not null)
        {
            await documents.DeleteAsync(path, cancellationToken);
        }
        return outcome;
    }

    private static async Task OneAtATimeAsync(SemaphoreSlim? gate, Func<Task> work, CancellationToken cancellationToken)
    {
        if (gate is null)
        {
            await work();
            return;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            await work();
        }
        finally
        {
            gate.Release();
        }
    }

    private static UploadResult Result(string file, string letter, string? refusal, string? hash) => refusal is null
        ? new UploadResult(file, letter, UploadOutcome.Accepted, null, hash)
        : new UploadResult(file, letter, UploadOutcome.Rejected, refusal);

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
