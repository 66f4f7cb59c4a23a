using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Core.Publication;
using Portale.Core.Refusals;
using Portale.Functions.Auth;
using Portale.Functions.Problems;

namespace Portale.Functions.Backoffice;

/// <summary>
/// Stages a letter: multipart/form-data with <c>file</c> (the PDF, named L-P-YY-NNNNNNN_NN.PDF) and
/// <c>metadata</c> (JSON with the letter's fields). Published by the next nightly loading.
/// </summary>
public sealed class StageLetterFunction(LetterStaging staging)
{
    [Function("BackofficeStageLetter")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "backoffice/letters")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new RefusalException(RefusalKind.UnsupportedMediaType, "multipart-required",
                "Inviare la lettera come multipart/form-data con i campi 'file' (PDF) e 'metadata' (JSON).");
        }
        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file");
        ReadOnlyMemory<byte>? content = null;
        if (file is not null && file.Length <= LetterStaging.MaxFileBytes + 1)
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }
        else if (file is not null)
        {
            content = new byte[LetterStaging.MaxFileBytes + 1];
        }
        var metadata = form["metadata"].ToString();
        var fields = string.IsNullOrWhiteSpace(metadata) ? null : RequestJson.Parse<StagingRequest>(metadata);
        var staged = await staging.StageAsync(file?.FileName, content, fields, context.GetStaff().Name, cancellationToken);
        return new ObjectResult(new
        {
            name = staged.Name,
            hash = staged.Hash,
            to = staged.To,
            cc = staged.Cc,
            status = "staged",
            stagedAt = staged.StagedAt,
        }) { StatusCode = 201 };
    }
}
