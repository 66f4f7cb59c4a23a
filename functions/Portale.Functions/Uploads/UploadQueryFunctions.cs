using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Core.Publication;
using Portale.Core.Refusals;
using Portale.Core.Time;
using Portale.Core.Uploads;
using Portale.Functions.Auth;

namespace Portale.Functions.Uploads;

/// <summary>An upload's status, "Invii falliti", "Comunicazioni libere" and the latest answer's PDF.</summary>
public sealed class UploadQueryFunctions(IUploadStore uploads, IFailedUploadLog failures, ICommunicationLog communications, LetterReader letters, IDocumentStore documents)
{
    [Function("GetUpload")]
    [OperatorOnly]
    public async Task<IActionResult> GetUpload(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/uploads/{uploadId}")] HttpRequest request,
        string companyId,
        string uploadId,
        CancellationToken cancellationToken)
    {
        var upload = await uploads.FindAsync(companyId, uploadId, cancellationToken) ?? throw RefusalException.NotFound();
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
            results = upload.Results.Select(r => new { file = r.File, letter = r.Letter, outcome = r.Outcome.ToString().ToLowerInvariant(), reason = r.Reason }),
        });
    }

    [Function("ListFailedUploads")]
    [OperatorOnly]
    public async Task<IActionResult> ListFailedUploads(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/failed-uploads")] HttpRequest request,
        string companyId,
        CancellationToken cancellationToken)
    {
        var page = await failures.ListAsync(companyId, Cursor(request), PageSize(request), cancellationToken);
        return new OkObjectResult(new
        {
            items = page.Items.Select(f => new { file = f.File, eventAt = RomeTime.ToRome(f.EventAt), user = f.User, reason = f.Reason }),
            nextCursor = page.NextCursor,
            total = page.Total,
        });
    }

    [Function("ListCommunications")]
    [OperatorOnly]
    public async Task<IActionResult> ListCommunications(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/communications")] HttpRequest request,
        string companyId,
        CancellationToken cancellationToken)
    {
        var page = await communications.ListAsync(companyId, Cursor(request), PageSize(request), cancellationToken);
        return new OkObjectResult(new
        {
            items = page.Items.Select(c => new
            {
                kind = c.Kind.ToApiName(),
                label = c.Label,
                file = c.File,
                sentAt = RomeTime.ToRome(c.SentAt),
                user = c.User,
                hash = c.Hash,
            }),
            nextCursor = page.NextCursor,
            total = page.Total,
        });
    }

    [Function("DownloadAnswer")]
    [OperatorOnly]
    public async Task<IActionResult> DownloadAnswer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/letters/{name}/answer/pdf")] HttpRequest request,
        string companyId,
        string name,
        CancellationToken cancellationToken)
    {
        var letter = await letters.GetAsync(companyId, name, cancellationToken);
        if (letter.Answer is not { UploadId: { } uploadId } answer)
        {
            throw RefusalException.NotFound();
        }
        var pdf = await documents.OpenReadAsync(UploadKeys.AnswerPath(companyId, uploadId, answer.Name), cancellationToken)
            ?? throw new InvalidOperationException($"The answer PDF of {letter.Name} is missing from storage.");
        return new FileStreamResult(pdf, "application/pdf") { FileDownloadName = answer.Name };
    }

    private static string? Cursor(HttpRequest request) => request.Query["cursor"].ToString() is { Length: > 0 } c ? c : null;

    private static int PageSize(HttpRequest request)
    {
        var text = request.Query["pageSize"].ToString();
        if (text.Length == 0)
        {
            return LetterQuery.PageSizes[0];
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && LetterQuery.PageSizes.Contains(size)
            ? size
            : throw RefusalException.Field("page-size-invalid", "pageSize", "Numero di elementi per pagina non valido: valori ammessi 10, 25, 50, 100.");
    }
}
