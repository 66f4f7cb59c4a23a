namespace Portale.Functions.Publication;

/// <summary>
/// The Sportello stages letters and solleciti (multipart/form-data: <c>file</c>, the PDF, and <c>metadata</c>,
/// JSON); the nightly loading publishes them (letters to their TO and CC companies, solleciti to the
/// letter's TO company).
/// </summary>
[StaffOnly(StaffRoles.BackOffice)]
public sealed class PublicationFunctions(
    LetterStaging letters, ReminderStaging reminders, NightlyPublication publication,
    ILogger<PublicationFunctions> logger)
{
    public const string NightlyLoading = "PublicationNightlyLoading";

    /// <summary>A letter: <c>file</c> named L-P-YY-NNNNNNN_NN.PDF, <c>metadata</c> with the letter's fields.</summary>
    [Function("PublicationStageLetter")]
    [RequestBodyLimit(LetterStaging.MaxFileBytes)]
    public async Task<IActionResult> StageLetter(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "backoffice/letters")] HttpRequest request,
        FunctionContext context, CancellationToken cancellationToken)
    {
        var form = await ReadFormAsync<StagingRequest>(
            request, "la lettera", LetterStaging.MaxFileBytes, cancellationToken);
        var staged = await letters.StageAsync(
            form.FileName, form.Content, form.Metadata, context.GetStaff().Name, cancellationToken);
        return Created(new
        {
            name = staged.Name,
            hash = staged.Hash,
            to = staged.To,
            cc = staged.Cc,
            status = "staged",
            stagedAt = staged.StagedAt,
        });
    }

    /// <summary>A sollecito: <c>file</c> named S-P-YY-NNNNNNN_NN.PDF, <c>metadata</c> <c>{ "letter" }</c>.</summary>
    [Function("PublicationStageReminder")]
    [RequestBodyLimit(ReminderStaging.MaxFileBytes)]
    public async Task<IActionResult> StageReminder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "backoffice/reminders")] HttpRequest request,
        FunctionContext context, CancellationToken cancellationToken)
    {
        var form = await ReadFormAsync<ReminderStagingRequest>(
            request, "il sollecito", ReminderStaging.MaxFileBytes, cancellationToken);
        var staged = await reminders.StageAsync(
            form.FileName, form.Content, form.Metadata, context.GetStaff().Name, cancellationToken);
        return Created(new
        {
            name = staged.Name,
            letter = staged.LetterName,
            hash = staged.Hash,
            to = staged.To,
            status = "staged",
            stagedAt = staged.StagedAt,
        });
    }

    /// <summary>
    /// Every five minutes (UTC schedule, so nothing depends on the host's time zone) asks whether the
    /// 01:00 Europe/Rome loading is due and not yet done today; the ledger makes it once a day.
    /// </summary>
    [Function(NightlyLoading)]
    public async Task RunNightlyLoading(
        [TimerTrigger("0 */5 * * * *")] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        if (await publication.RunIfDueAsync(cancellationToken) is { } count)
        {
            logger.LogInformation("Nightly loading published {Count} letters and reminders", count);
        }
    }

    /// <summary>
    /// The file (one over the limit is passed on as one byte too many, for the staging's own refusal) and
    /// the metadata JSON; anything but multipart/form-data is refused before it is read.
    /// </summary>
    private static async Task<StagingForm<T>> ReadFormAsync<T>(
        HttpRequest request, string what, int maxFileBytes, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasFormContentType)
        {
            throw new RefusalException(RefusalKind.UnsupportedMediaType, "multipart-required",
                $"Inviare {what} come multipart/form-data con i campi 'file' (PDF) e 'metadata' (JSON).");
        }
        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file");
        ReadOnlyMemory<byte>? content = null;
        if (file is not null && file.Length <= maxFileBytes + 1)
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }
        else if (file is not null)
        {
            content = new byte[maxFileBytes + 1];
        }
        var metadata = form["metadata"].ToString();
        var fields = string.IsNullOrWhiteSpace(metadata) ? null : RequestJson.Parse<T>(metadata);
        return new StagingForm<T>(file?.FileName, content, fields);
    }

    private static ObjectResult Created(object staged) => new(staged) { StatusCode = StatusCodes.Status201Created };

    private sealed record StagingForm<T>(string? FileName, ReadOnlyMemory<byte>? Content, T? Metadata) where T : class;
}
