namespace Portale.Functions.Reminders;

/// <summary>Section 4 "Nuovi solleciti ricevuti" and each sollecito's PDF.</summary>
[OperatorOnly]
public sealed class ReminderFunctions(
    ReminderLister lister, ReminderDownloads downloads, LetterViews views, IDocumentStore documents,
    AutomaticReminders automatic, JobRecorder jobs)
{
    public const string SendAutomatic = "RemindersSendAutomatic";

    /// <summary>
    /// Every fifteen minutes (UTC schedule) asks whether today's automatic solleciti are due (after the
    /// nightly loading and its window) and not done; each letter's sollecito goes once.
    /// </summary>
    [Function(SendAutomatic)]
    public Task RunAutomatic([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        jobs.RunAsync(AutomaticReminders.JobName, automatic.RunIfDueAsync, cancellationToken);

    /// <summary>Newest first, pageSize 10/25/50/100, cursor, total.</summary>
    [Function("RemindersList")]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/reminders")]
        HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        var page = await lister.ListAsync(
            companyId, request.Query["pageSize"], request.Query["cursor"], cancellationToken);
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
}
