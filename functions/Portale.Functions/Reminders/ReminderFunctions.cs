using Portale.Functions.Letters;

namespace Portale.Functions.Reminders;

/// <summary>Section 4 "Nuovi solleciti ricevuti" and each sollecito's PDF.</summary>
[OperatorOnly]
public sealed class ReminderFunctions(
    ReminderLister lister, ReminderDownloads downloads, LetterViews views, IDocumentStore documents,
    AutomaticReminders automatic, JobRecorder jobs, TimeProvider clock)
{
    public const string SendAutomatic = "RemindersSendAutomatic";

    /// <summary>
    /// Every fifteen minutes (UTC schedule) asks whether today's automatic solleciti are due (after the
    /// nightly loading and its window) and not done; each letter's sollecito goes once.
    /// </summary>
    [Function(SendAutomatic)]
    public Task RunAutomatic([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        jobs.RunAsync(AutomaticReminders.JobName, automatic.RunIfDueAsync, cancellationToken);

    /// <summary>Newest first or by <c>sort</c>; Tipo servizio, Cerca; pageSize 10/25/50/100, cursor, total.</summary>
    [Function("RemindersList")]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/reminders")]
        HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        var q = request.Query;
        var query = ReminderQueryParser.Parse(q["serviceType"], q["q"], q["sort"], q["pageSize"], q["cursor"]);
        var page = await lister.ListAsync(companyId, query, cancellationToken);
        return PageJson.Of(page.Items.Select(v => ReminderJson.From(v, views)), page.NextCursor, page.Total);
    }

    /// <summary>The sollecito's PDF; the first download records Data/Utente Download and leaves the badge.</summary>
    [Function("RemindersDownload")]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/reminders/{name}/pdf")]
        HttpRequest request,
        string companyId, string name, FunctionContext context, CancellationToken cancellationToken)
    {
        var reminder = await downloads.RecordAsync(companyId, name, context.GetOperator(), cancellationToken);
        return await documents.OpenAsync(reminder.DocumentPath, reminder.Name, cancellationToken);
    }

    /// <summary>The checked solleciti, or every one that matches the list's filters, in one .zip.</summary>
    [Function("RemindersDownloadZip")]
    public async Task<IActionResult> DownloadZip(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{companyId}/reminders/download")]
        HttpRequest request,
        string companyId, FunctionContext context, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<DownloadRequest>(request, cancellationToken);
        var names = body.Matching is { } m
            ? await lister.NamesMatchingAsync(
                companyId, ReminderQueryParser.Parse(m.ServiceType, m.Q, null, null, null).Filter, cancellationToken)
            : body.Reminders ?? [];
        // Every name is checked (and every download recorded) before the first byte of the .zip is sent.
        var reminders = await downloads.RecordManyAsync(companyId, names, context.GetOperator(), cancellationToken);
        return new ZipDownloadResult(
            [.. reminders.Select(r => (r.Name, r.DocumentPath))], documents,
            $"solleciti-{RomeTime.Now(clock):yyyyMMdd-HHmmss}.zip");
    }

    /// <summary>Either the solleciti by name, or <c>matching</c>: the filters of the list.</summary>
    private sealed record DownloadRequest(IReadOnlyList<string>? Reminders, DownloadMatching? Matching);

    private sealed record DownloadMatching(string? ServiceType, string? Q);
}
