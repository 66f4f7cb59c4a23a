using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portale.Core.Uploads;
using Portale.Core.Refusals;
using Portale.Functions.Auth;

namespace Portale.Functions.Uploads;

/// <summary>
/// Receives an upload as multipart/form-data: <c>kind</c>, <c>letters</c> (repeated or comma-separated),
/// <c>label</c>, then <c>file</c> LAST. The fields are checked before a byte of the file is read; the file
/// is streamed to storage (never buffered whole) and refused with 413 as soon as it passes the kind's limit.
/// </summary>
public sealed class PostUploadFunction(UploadIntake intake)
{
    private const int MaxFieldBytes = 64 * 1024;

    [Function("PostUpload")]
    [OperatorOnly]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{companyId}/uploads")] HttpRequest request,
        string companyId,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value
            : null;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new RefusalException(RefusalKind.UnsupportedMediaType, "multipart-required",
                "Inviare il file come multipart/form-data con i campi 'kind', 'letters', 'label' e, per ultimo, 'file'.");
        }
        var reader = new MultipartReader(boundary, request.Body);
        string? kind = null, label = null;
        var letters = new List<string>();
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }
            var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (disposition.IsFileDisposition())
            {
                if (field != "file")
                {
                    continue;
                }
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                var record = await intake.CheckAsync(companyId, new UploadForm(kind, letters, label, fileName), context.GetOperator(), cancellationToken);
                try
                {
                    await intake.ReceiveAsync(record, section.Body, cancellationToken);
                }
                catch (UploadTooLargeException tooLarge)
                {
                    var reason = UploadMessages.TooLarge(record.FileName, tooLarge.LimitBytes);
                    throw new RefusalException(RefusalKind.PayloadTooLarge, "file-too-large", reason,
                        RefusalException.FieldErrors("file", reason));
                }
                return new ObjectResult(new { uploadId = record.UploadId, status = "pending" }) { StatusCode = 202 };
            }
            var value = await ReadFieldAsync(section.Body, cancellationToken);
            switch (field)
            {
                case "kind": kind = value; break;
                case "label": label = value; break;
                case "letters": letters.Add(value); break;
            }
        }
        // No file part: the cheap checks still speak first, then the missing file.
        await intake.CheckAsync(companyId, new UploadForm(kind, letters, label, null), context.GetOperator(), cancellationToken);
        throw RefusalException.Field("file-required", "file", "Allegare il file da caricare nel campo 'file'.");
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        await using var limited = new SizeLimitedStream(body, MaxFieldBytes, leaveOpen: true);
        using var text = new StreamReader(limited);
        try
        {
            return await text.ReadToEndAsync(cancellationToken);
        }
        catch (UploadTooLargeException)
        {
            throw RefusalException.BadRequest("field-too-large", "Un campo del modulo è troppo lungo.");
        }
    }
}
