using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Core.Publication;
using Portale.Core.Reminders;
using Portale.Functions.Auth;

namespace Portale.Functions.Reminders;

/// <summary>Section 4 "Nuovi solleciti ricevuti": newest first, pageSize 10/25/50/100, cursor, total.</summary>
public sealed class ListRemindersFunction(ReminderLister lister, LetterViews views)
{
    [Function("ListReminders")]
    [OperatorOnly]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/reminders")] HttpRequest request,
        string companyId,
        CancellationToken cancellationToken)
    {
        var page = await lister.ListAsync(companyId, request.Query["pageSize"], request.Query["cursor"], cancellationToken);
        return new OkObjectResult(new
        {
            items = page.Items.Select(v => ReminderJson.From(v, views)),
            nextCursor = page.NextCursor,
            total = page.Total,
        });
    }
}

/// <summary>The reminder's PDF; the first download records Data/Utente Download and clears it from the badge.</summary>
public sealed class DownloadReminderFunction(ReminderDownloads downloads, IDocumentStore documents)
{
    [Function("DownloadReminder")]
    [OperatorOnly]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/reminders/{name}/pdf")] HttpRequest request,
        string companyId,
        string name,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var reminder = await downloads.RecordAsync(companyId, name, context.GetOperator(), cancellationToken);
        var pdf = await documents.OpenReadAsync(reminder.DocumentPath, cancellationToken)
            ?? throw new InvalidOperationException($"The PDF of {reminder.Name} is missing from storage.");
        return new FileStreamResult(pdf, "application/pdf") { FileDownloadName = reminder.Name };
    }
}
