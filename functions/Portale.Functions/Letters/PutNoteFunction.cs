using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Functions.Auth;
using Portale.Functions.Problems;

namespace Portale.Functions.Letters;

public sealed class PutNoteFunction(LetterNotes notes, LetterViews views)
{
    [Function("PutLetterNote")]
    [OperatorOnly]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{companyId}/letters/{name}/note")] HttpRequest request,
        string companyId,
        string name,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<NoteRequest>(request, cancellationToken);
        var letter = await notes.SetAsync(companyId, name, body.Text, cancellationToken);
        return new OkObjectResult(LetterJson.From(views.Of(letter)));
    }

    private sealed record NoteRequest(string? Text);
}
