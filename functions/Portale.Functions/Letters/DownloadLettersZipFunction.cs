using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Core.Publication;
using Portale.Functions.Auth;
using Portale.Functions.Problems;

namespace Portale.Functions.Letters;

public sealed class DownloadLettersZipFunction(LetterDownloads downloads, IDocumentStore documents, TimeProvider clock)
{
    [Function("DownloadLettersZip")]
    [OperatorOnly]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{companyId}/letters/download")] HttpRequest request,
        string companyId,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<DownloadRequest>(request, cancellationToken);
        // Every name is checked (and every download recorded) before the first byte of the .zip is sent.
        var letters = await downloads.RecordAsync(companyId, body.Letters ?? [], context.GetOperator(), cancellationToken);
        return new ZipDownloadResult(letters, documents, $"lettere-{Portale.Core.Time.RomeTime.Now(clock):yyyyMMdd-HHmmss}.zip");
    }

    private sealed record DownloadRequest(IReadOnlyList<string>? Letters);
}
