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
    MalwareScanOptions malwareScan)
{
    public const int DefaultFilingParallelism = 8;

    /// <summary>Answer PDFs of one ZIP written at once.</summary>
    public int FilingParallelism { get; init; } = DefaultFilingParallelism;

    /// <summary>Answers of one ZIP filed together: their letters are read at once and changed in one go.</summary>
    public const int FilingGroup = 25;

    /// <summary>The PDFs one group may hold in memory before it is filed, whatever its count.</summary>
    private const long FilingGroupBytes = 32L * 1024 * 1024;

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
        var refused =
            results.Select((r, i) => (Result: r, Index: i))
            .Where(x => x.Result.Outcome == UploadOutcome.Rejected && !pushedOut.ContainsKey(x.Result.Letter ?? ""))
            .Select(
                x => new FailedUpload(
                    companyId, UploadKeys.LogKey(upload, x.Index), x.Result.File, upload.ReceivedAt, upload.UploadedBy,
                    x.Result.Reason!))
            .ToList();
        if (refused.Count > 0)
        {
            await failures.AddAsync(refused, cancellationToken);
        }
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
            : (await FileAnswersAsync(
                upload, [new AnswerToFile(upload.FileName, DocumentName.Parse(letter), content.Bytes!)], named,
                cancellationToken))[0];
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
            // The archive is one stream: its PDFs are read and inspected one entry at a time, and filed a group
            // at a time (memory bounded by the group), the results keeping the archive's order.
            var results = new List<UploadResult?>();
            var group = new List<(int Index, AnswerToFile Answer)>();
            var groupBytes = 0L;
            async Task FileGroupAsync()
            {
                var filed = await FileAnswersAsync(upload, group.Select(g => g.Answer).ToList(), named, cancellationToken);
                for (var i = 0; i < group.Count; i++)
                {
                    results[group[i].Index] = filed[i];
                }
                (group, groupBytes) = ([], 0);
            }
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
                if (content.Refusal is { } refusal)
                {
                    results.Add(new UploadResult(name, verdict.Letter!.ToString(), UploadOutcome.Rejected, refusal));
                    continue;
                }
                group.Add((results.Count, new AnswerToFile(name, verdict.Letter!, content.Bytes!)));
                results.Add(null);
                groupBytes += content.Bytes!.Length;
                if (group.Count == FilingGroup || groupBytes >= FilingGroupBytes)
                {
                    await FileGroupAsync();
                }
            }
            if (group.Count > 0)
            {
                await FileGroupAsync();
            }
            // Only folders or system files: the operator must still hear that nothing was filed.
            return results.Count > 0 ? results.Select(r => r!).ToList() : [
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
        await feed.RecordAsync(ChangeItems.Of(communication), cancellationToken);
        return new UploadResult(upload.FileName, null, UploadOutcome.Accepted, null);
    }

    /// <summary>
    /// Files valid answers where their arrival puts them (<see cref="AnswerOrder"/>), each all-or-nothing as
    /// alone: the answers they push out are recorded first, then the PDFs go to blobs of their own upload (a
    /// retry overwrites the same blobs) at most <see cref="FilingParallelism"/> at once, then the letters change
    /// together under their ETags (<see cref="LetterUpdates"/>: one read and one transaction for many letters,
    /// where one each would queue on the section counters they share). On a conflict the letters are read and
    /// decided again, so of two simultaneous answers only one is the first; a letter whose decision would now
    /// push out an answer not recorded yet goes round again.
    /// </summary>
    private async Task<IReadOnlyList<UploadResult>> FileAnswersAsync(
        UploadRecord upload, IReadOnlyList<AnswerToFile> answers, ILookup<string, OutageClaim> named,
        CancellationToken cancellationToken)
    {
        var company = upload.CompanyId;
        var byLetter = answers.ToDictionary(a => LetterNames.Canonical(a.Letter.ToString()) ?? a.Letter.ToString());
        var candidates = byLetter.ToDictionary(
            a => a.Key, a => new FiledAnswer(upload.UploadId, upload.ReceivedAt, upload.UploadedBy, DocumentHash.Of(a.Value.Pdf)));
        var outcomes = new Dictionary<string, string?>();
        var written = new HashSet<string>();
        for (var round = 1; round <= MaxPlacements && outcomes.Count < byLetter.Count; round++)
        {
            var pending = byLetter.Keys.Where(l => !outcomes.ContainsKey(l)).ToList();
            var current = await reader.FindOnlineAsync(company, pending, cancellationToken);
            var decisions = new Dictionary<string, AnswerDecision>();
            foreach (var letter in pending)
            {
                var decision = current.TryGetValue(letter, out var found)
                    ? AnswerFiling.Decide(found, byLetter[letter].Letter, candidates[letter])
                    : AnswerDecision.Refused(UploadMessages.LetterNotToWork(byLetter[letter].Letter.ToString()));
                if (decision.AlreadyFiled || decision.Refusal is not null)
                {
                    outcomes[letter] = decision.Refusal;
                    continue;
                }
                decisions[letter] = decision;
                foreach (var pushedOut in decision.Displaced)
                {
                    await displaced.RecordAsync(company, letter, pushedOut, cancellationToken);
                }
            }
            // The letters must never point at a missing PDF: the blobs are written before the letters change.
            await WriteAsync(upload, decisions.Keys.Where(l => !written.Contains(l)).Select(l => byLetter[l]).ToList(),
                cancellationToken);
            written.UnionWith(decisions.Keys);
            if (decisions.Count > 0)
            {
                await PlaceAsync(upload, decisions, byLetter, candidates, named, outcomes, cancellationToken);
            }
        }
        if (outcomes.Count < byLetter.Count)
        {
            throw new ConcurrencyConflictException($"Answers of upload {upload.UploadId} kept meeting new answers.");
        }
        foreach (var refused in outcomes.Where(o => o.Value is not null && written.Contains(o.Key)))
        {
            await documents.DeleteAsync(PathOf(upload, byLetter[refused.Key].Letter), cancellationToken);
        }
        return answers
            .Select(a => Result(a.File, a.Letter.ToString(), outcomes[LetterNames.Canonical(a.Letter.ToString()) ?? a.Letter.ToString()]))
            .ToList();
    }

    /// <summary>
    /// Changes the decided letters at once, each decided again on what the store now holds: filed, refused, or
    /// (left out of <paramref name="outcomes"/>) holding an answer this would push out that was not recorded.
    /// </summary>
    private async Task PlaceAsync(
        UploadRecord upload, IReadOnlyDictionary<string, AnswerDecision> decisions,
        IReadOnlyDictionary<string, AnswerToFile> byLetter, IReadOnlyDictionary<string, FiledAnswer> candidates,
        ILookup<string, OutageClaim> named, Dictionary<string, string?> outcomes, CancellationToken cancellationToken)
    {
        var placed = new Dictionary<string, string?>();
        try
        {
            await letters.ApplyAsync(upload.CompanyId, decisions.Keys.ToList(), l =>
            {
                placed.Remove(l.Name);
                var again = AnswerFiling.Decide(l, byLetter[l.Name].Letter, candidates[l.Name]);
                if (again.AlreadyFiled)
                {
                    placed[l.Name] = null; // a concurrent run of this same upload filed it
                    return null;
                }
                if (again.Refusal is not null)
                {
                    placed[l.Name] = again.Refusal;
                    return null;
                }
                if (again.Displaced.Except(decisions[l.Name].Displaced).Any())
                {
                    return null;
                }
                placed[l.Name] = null;
                var answerName = UploadFileName.StoredAnswerName(byLetter[l.Name].Letter).ToString();
                return filing.Filed(l, again.Placement!, answerName, named[answerName]);
            }, cancellationToken);
        }
        catch (RefusalException notFound) when (notFound.Kind == RefusalKind.NotFound)
        {
            return; // one went off line meanwhile: the next round reads them again and refuses it alone
        }
        foreach (var (letter, refusal) in placed)
        {
            outcomes[letter] = refusal;
        }
    }

    private async Task WriteAsync(UploadRecord upload, IReadOnlyList<AnswerToFile> answers, CancellationToken cancellationToken)
    {
        if (answers.Count == 1)
        {
            // A single answer stays on the caller's flow: no hop to the thread pool for one write.
            await documents.PutAsync(PathOf(upload, answers[0].Letter), answers[0].Pdf, cancellationToken);
            return;
        }
        await Parallel.ForEachAsync(answers,
            new ParallelOptions { MaxDegreeOfParallelism = FilingParallelism, CancellationToken = cancellationToken },
            async (answer, ct) => await documents.PutAsync(PathOf(upload, answer.Letter), answer.Pdf, ct));
    }

    private static string PathOf(UploadRecord upload, DocumentName letter) =>
        UploadKeys.AnswerPath(upload.CompanyId, upload.UploadId, UploadFileName.StoredAnswerName(letter).ToString());

    private static UploadResult Result(string file, string letter, string? refusal) => refusal is null
        ? new UploadResult(file, letter, UploadOutcome.Accepted, null)
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
