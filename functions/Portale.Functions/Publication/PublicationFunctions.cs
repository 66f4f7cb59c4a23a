namespace Portale.Functions.Publication;

/// <summary>
/// The Sportello stages letters and solleciti (multipart/form-data: <c>file</c>, the PDF, and <c>metadata</c>,
/// JSON); the nightly loading publishes them (letters to their TO and CC companies, solleciti to the
/// letter's TO company).
/// </summary>
[StaffOnly(StaffRoles.BackOffice)]
public sealed class PublicationFunctions(
    LetterStaging letters, ReminderStaging reminders, NightlyPublication publication, JobRecorder jobs,
    StagedDocumentQueue<StagedLetter> stagedLetters, StagedDocumentQueue<StagedReminder> stagedReminders,
    ICompanyDirectory companies)
{
    public const string NightlyLoading = "PublicationNightlyLoading";
    private const string StagedLetters = "backoffice/letters/staged";
    private const string StagedReminders = "backoffice/reminders/staged";

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
        await context.AuditAsync(AuditActions.LetterStaged, staged.Name, new Dictionary<string, string>
        {
            ["to"] = staged.To, ["cc"] = string.Join(',', staged.Cc), ["hash"] = staged.Hash,
        });
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
        await context.AuditAsync(AuditActions.ReminderStaged, staged.Name, new Dictionary<string, string>
        {
            ["letter"] = staged.LetterName, ["to"] = staged.To, ["hash"] = staged.Hash,
        });
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

    /// <summary>The letters tonight's loading will publish, in name order.</summary>
    [Function("PublicationListStagedLetters")]
    [StaffOnly(StaffRoles.BackOffice, StaffRoles.ReadOnly)]
    public async Task<IActionResult> ListStagedLetters(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = StagedLetters)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await stagedLetters.ListAsync(request.Query["pageSize"], request.Query["cursor"], cancellationToken);
        var names = await CompanyNamesAsync(cancellationToken);
        return PageJson.Of(page.Items.Select(l => StagedLetterJson.From(l, names)), page.NextCursor, page.Total);
    }

    /// <summary>Withdraws a staged letter before the nightly loading: 204, 404 not staged, 409 published.</summary>
    [Function("PublicationWithdrawLetter")]
    public async Task<IActionResult> WithdrawLetter(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = StagedLetters + "/{name}")] HttpRequest request,
        string name, FunctionContext context, CancellationToken cancellationToken)
    {
        var letter = await stagedLetters.WithdrawAsync(name, cancellationToken);
        await context.AuditAsync(AuditActions.LetterWithdrawn, letter.Name, new Dictionary<string, string>
        {
            ["to"] = letter.To, ["cc"] = string.Join(',', letter.Cc), ["hash"] = letter.Hash,
        });
        return new NoContentResult();
    }

    /// <summary>The solleciti tonight's loading will publish, in name order.</summary>
    [Function("PublicationListStagedReminders")]
    [StaffOnly(StaffRoles.BackOffice, StaffRoles.ReadOnly)]
    public async Task<IActionResult> ListStagedReminders(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = StagedReminders)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await stagedReminders.ListAsync(
            request.Query["pageSize"], request.Query["cursor"], cancellationToken);
        var names = await CompanyNamesAsync(cancellationToken);
        return PageJson.Of(page.Items.Select(r => StagedReminderJson.From(r, names)), page.NextCursor, page.Total);
    }

    /// <summary>Withdraws a staged sollecito (its slot is given back): 204, 404 not staged, 409 published.</summary>
    [Function("PublicationWithdrawReminder")]
    public async Task<IActionResult> WithdrawReminder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = StagedReminders + "/{name}")] HttpRequest request,
        string name, FunctionContext context, CancellationToken cancellationToken)
    {
        var reminder = await stagedReminders.WithdrawAsync(name, cancellationToken);
        await context.AuditAsync(AuditActions.ReminderWithdrawn, reminder.Name, new Dictionary<string, string>
        {
            ["letter"] = reminder.LetterName, ["to"] = reminder.To, ["hash"] = reminder.Hash,
        });
        return new NoContentResult();
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
        await jobs.RunAsync(NightlyPublication.JobName, publication.RunIfDueAsync, cancellationToken);
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

    /// <summary>Every company's name by id: one partition of hundreds of rows, read once per page.</summary>
    private async Task<IReadOnlyDictionary<string, string>> CompanyNamesAsync(CancellationToken cancellationToken) =>
        (await companies.ListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Name);

    private static ObjectResult Created(object staged) => new(staged) { StatusCode = StatusCodes.Status201Created };

    private sealed record StagingForm<T>(string? FileName, ReadOnlyMemory<byte>? Content, T? Metadata) where T : class;
}
