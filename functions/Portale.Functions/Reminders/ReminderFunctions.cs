using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Core.Publication;
using Portale.Core.Reminders;
using Portale.Functions.Security;

namespace Portale.Functions.Reminders;

/// <summary>Section 4 "Nuovi solleciti ricevuti" and each sollecito's PDF.</summary>
public sealed class ReminderFunctions(ReminderLister lister, ReminderDownloads downloads, LetterViews views, IDocumentStore documents)
{
    /// <summary>Newest first, pageSize 10/25/50/100, cursor, total.</summary>
    [Function("RemindersList")]
    [OperatorOnly]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/reminders")]
        HttpRequest request,
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

    /// <summary>The sollecito's PDF; the first download records Data/Utente Download and clears it from the badge.</summary>
    [Function("RemindersDownload")]
    [OperatorOnly]
    public async Task<IActionResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/reminders/{name}/pdf")]
        HttpRequest request,
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
