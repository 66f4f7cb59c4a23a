using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Reminders;
using Portale.Core.Refusals;
using Portale.Functions.Auth;
using Portale.Functions.Problems;

namespace Portale.Functions.Backoffice;

/// <summary>
/// Stages a sollecito: multipart/form-data with <c>file</c> (the PDF, named S-P-YY-NNNNNNN_NN.PDF) and
/// <c>metadata</c> (JSON <c>{ "letter": "L-…PDF" }</c>). Published by the next nightly loading to the
/// letter's TO company.
/// </summary>
public sealed class StageReminderFunction(ReminderStaging staging)
{
    [Function("BackofficeStageReminder")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "backoffice/reminders")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new RefusalException(RefusalKind.UnsupportedMediaType, "multipart-required",
                "Inviare il sollecito come multipart/form-data con i campi 'file' (PDF) e 'metadata' (JSON).");
        }
        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file");
        ReadOnlyMemory<byte>? content = null;
        if (file is not null && file.Length <= ReminderStaging.MaxFileBytes + 1)
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }
        else if (file is not null)
        {
            content = new byte[ReminderStaging.MaxFileBytes + 1];
        }
        var metadata = form["metadata"].ToString();
        var fields = string.IsNullOrWhiteSpace(metadata) ? null : RequestJson.Parse<ReminderStagingRequest>(metadata);
        var staged = await staging.StageAsync(file?.FileName, content, fields, context.GetStaff().Name, cancellationToken);
        return new ObjectResult(new
        {
            name = staged.Name,
            letter = staged.LetterName,
            hash = staged.Hash,
            to = staged.To,
            status = "staged",
            stagedAt = staged.StagedAt,
        }) { StatusCode = 201 };
    }
}
