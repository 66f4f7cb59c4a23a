using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Core.Publication;
using Portale.Functions.Auth;

namespace Portale.Functions.Letters;

public sealed class DownloadLetterFunction(LetterDownloads downloads, IDocumentStore documents)
{
    [Function("DownloadLetter")]
    [OperatorOnly]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/letters/{name}/pdf")] HttpRequest request,
        string companyId,
        string name,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var letter = (await downloads.RecordAsync(companyId, [name], context.GetOperator(), cancellationToken))[0];
        var pdf = await documents.OpenReadAsync(letter.DocumentPath, cancellationToken)
            ?? throw new InvalidOperationException($"The PDF of {letter.Name} is missing from storage.");
        return new FileStreamResult(pdf, "application/pdf") { FileDownloadName = letter.Name };
    }
}
