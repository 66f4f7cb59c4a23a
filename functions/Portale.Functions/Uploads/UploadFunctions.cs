using Portale.Functions.Letters;

namespace Portale.Functions.Uploads;

/// <summary>
/// Answers, free communications and TIRV rejections (manual 6.3, 6.6, 6.7): the upload, its status, the
/// processing of the file once stored, the expiry of stalled ones, "Invii falliti" and "Comunicazioni libere".
/// </summary>
[OperatorOnly]
public sealed class UploadFunctions(
    UploadIntake intake, UploadProcessor processor, StalledUploadExpiry expiry, IUploadStore uploads,
    IFailedUploadLog failures, ICommunicationLog communications, JobRecorder jobs, LetterLister lister,
    ILogger<UploadFunctions> logger)
{
    public const string ProcessIncoming = "UploadsProcessIncoming";
    public const string ExpireStalled = "UploadsExpireStalled";
    public const string IncomingBlobs = "incoming/{companyId}/{uploadId}";

    public const string MultipartRequired =
        "Inviare il file come multipart/form-data con i campi 'kind', 'letters', 'label' e, per ultimo, 'file'.";

    /// <summary>
    /// multipart/form-data: <c>kind</c>, <c>letters</c> (repeated or comma-separated) or <c>matching</c> (JSON: the
    /// section and filters of the list whose "Lettera" box was ticked, for every letter they match), <c>label</c>, then
    /// <c>file</c> LAST. The fields are checked before a byte of the file is read; the file is streamed to
    /// storage (never buffered whole) and refused with 413 as soon as it passes the kind's limit.
    /// </summary>
    [Function("UploadsPost")]
    [ClientAccess(ClientPermission.SendAnswers)]
    [RequestBodyLimit(UploadLimits.ZipMaxBytes)]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{companyId}/uploads")]
        HttpRequest request,
        string companyId, FunctionContext context, CancellationToken cancellationToken)
    {
        var reader = RequestMultipart.Reader(request, MultipartRequired);
        string? kind = null, label = null;
        var letters = new List<string>();
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (RequestMultipart.Disposition(section) is not { } part)
            {
                continue;
            }
            var (field, fileName) = part;
            if (fileName is not null)
            {
                if (field != "file")
                {
                    continue;
                }
                var form = new UploadForm(kind, letters, label, fileName);
                var record = await intake.CheckAsync(companyId, form, context.GetOperator(), cancellationToken);
                await ReceiveAsync(record, section.Body, cancellationToken);
                return new ObjectResult(new { uploadId = record.UploadId, status = "pending" }) { StatusCode = 202 };
            }
            var value = await RequestMultipart.ReadFieldAsync(section.Body, cancellationToken);
            switch (field)
            {
                case "kind": kind = value; break;
                case "label": label = value; break;
                case "letters": letters.Add(value); break;
                case "matching":
                    var matching = RequestJson.Parse<LetterMatching>(value) ?? new(null, null, null, null);
                    letters.AddRange(await matching.NamesAsync(lister, companyId, cancellationToken));
                    break;
            }
        }
        // No file part: the cheap checks still speak first, then the missing file.
        var fields = new UploadForm(kind, letters, label, null);
        await intake.CheckAsync(companyId, fields, context.GetOperator(), cancellationToken);
        throw RefusalException.Field("file-required", "file", "Allegare il file da caricare nel campo 'file'.");
    }

    [Function("UploadsGet")]
    [ClientAccess(ClientPermission.SendAnswers)]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/uploads/{uploadId}")]
        HttpRequest request,
        string companyId, string uploadId, CancellationToken cancellationToken)
    {
        var upload = await uploads.FindAsync(companyId, uploadId, cancellationToken)
            ?? throw RefusalException.NotFound();
        return new OkObjectResult(new
        {
            uploadId = upload.UploadId,
            kind = upload.Kind.ToApiName(),
            file = upload.FileName,
            letters = upload.Letters,
            label = upload.Label,
            uploadedAt = RomeTime.ToRome(upload.ReceivedAt),
            user = upload.UploadedBy,
            status = upload.Status.ToString().ToLowerInvariant(),
            results = upload.Results.Select(r => new
            {
                file = r.File,
                letter = r.Letter,
                outcome = r.Outcome.ToString().ToLowerInvariant(),
                reason = r.Reason,
            }),
        });
    }

    /// <summary>"Invii falliti": every refused upload, at once or by the processing, newest first.</summary>
    [Function("UploadsListFailed")]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> ListFailed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/failed-uploads")]
        HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        var (cursor, size) = (PageQuery.Cursor(request), PageQuery.Size(request));
        var page = await failures.ListAsync(companyId, cursor, size, cancellationToken);
        return PageJson.Of(page.Items.Select(FailedUploadJson.From), page.NextCursor, page.Total);
    }

    /// <summary>"Comunicazioni libere": what the company sent, newest first.</summary>
    [Function("UploadsListCommunications")]
    [ClientAccess(ClientPermission.SendAnswers)]
    public async Task<IActionResult> ListCommunications(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/communications")]
        HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        var (cursor, size) = (PageQuery.Cursor(request), PageQuery.Size(request));
        var page = await communications.ListAsync(companyId, cursor, size, cancellationToken);
        return PageJson.Of(page.Items.Select(CommunicationJson.From), page.NextCursor, page.Total);
    }

    /// <summary>
    /// Runs when an uploaded file lands in <c>incoming</c> (Event Grid BlobCreated in Azure; the local
    /// host's watcher here). Duplicate events and retries are expected: <see cref="UploadProcessor"/> is
    /// idempotent. A blob without an upload record is logged and left alone, never retried.
    /// </summary>
    [Function(ProcessIncoming)]
    public async Task ProcessIncomingUpload(
        [BlobTrigger(IncomingBlobs, Source = BlobTriggerSource.EventGrid, Connection = "PortaleData")]
        Stream blob,
        string companyId, string uploadId, CancellationToken cancellationToken)
    {
        await blob.DisposeAsync(); // the processor reads the file itself, within the kind's limits
        var outcome = await processor.ProcessAsync(companyId, uploadId, cancellationToken);
        if (outcome is UploadProcessing.NoRecord or UploadProcessing.NoFile)
        {
            logger.LogWarning(
                "Incoming blob {Company}/{Upload}: {Outcome}, nothing processed", companyId, uploadId, outcome);
        }
        else
        {
            logger.LogInformation("Upload {Company}/{Upload}: {Outcome}", companyId, uploadId, outcome);
        }
    }

    /// <summary>
    /// Every 5 minutes: uploads pending for longer than <see cref="StalledUploadExpiry.StallAfter"/> are tried
    /// once more and, if they still fail, rejected with a technical error the operator can see. The blob
    /// trigger's poison handling (Event Grid in Azure, the local host's <c>incoming-poison</c>) has no hook
    /// for us, so this is what guarantees no upload is silently stuck.
    /// </summary>
    [Function(ExpireStalled)]
    public async Task ExpireStalledUploads(
        [TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        // Every five minutes: the log keeps only the passes that found a stalled upload.
        await jobs.RunAsync(StalledUploadExpiry.JobName, async ct =>
        {
            var report = await expiry.RunAsync(ct);
            return report.Processed + report.Failed + report.Skipped == 0
                ? null
                : JobOutcome.Of(null,
                    ("processed", report.Processed), ("failed", report.Failed), ("skipped", report.Skipped));
        }, cancellationToken);
    }

    private async Task ReceiveAsync(UploadRecord record, Stream file, CancellationToken cancellationToken)
    {
        try
        {
            await intake.ReceiveAsync(record, file, cancellationToken);
        }
        catch (UploadTooLargeException tooLarge)
        {
            var reason = UploadMessages.TooLarge(record.FileName, tooLarge.LimitBytes);
            throw new RefusalException(RefusalKind.PayloadTooLarge, "file-too-large", reason,
                RefusalException.FieldErrors("file", reason));
        }
    }
}
