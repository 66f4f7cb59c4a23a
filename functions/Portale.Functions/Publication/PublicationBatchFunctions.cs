namespace Portale.Functions.Publication;

/// <summary>The Sportello's systems stage many letters in one call (issue 13): a result per letter.</summary>
[StaffOnly(StaffRoles.BackOffice)]
public sealed class PublicationBatchFunctions(LetterBatchStaging batches)
{
    /// <summary>
    /// 200 <c>{ items: [{ name, status, problem }], staged, refused }</c> in manifest order; the batch itself is
    /// refused (413 over the bytes, 422 over the letters or a malformed form or ZIP) before any letter is staged.
    /// </summary>
    [Function("PublicationStageLetterBatch")]
    [RequestBodyLimit(LetterBatchStaging.MaxBodyBytes)]
    public async Task<IActionResult> StageBatch(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "backoffice/letters/batch")] HttpRequest request,
        FunctionContext context, CancellationToken cancellationToken)
    {
        var stagedBy = context.GetStaff().Name;
        var letters = await LetterBatchForm.ReadAsync(request, cancellationToken);
        var outcomes = await batches.StageAsync(letters, stagedBy, cancellationToken);
        foreach (var staged in outcomes.Select(o => o.Staged).OfType<StagedLetter>())
        {
            await context.AuditAsync(AuditActions.LetterStaged, staged.Name, new Dictionary<string, string>
            {
                ["to"] = staged.To, ["cc"] = string.Join(',', staged.Cc), ["hash"] = staged.Hash, ["batch"] = "true",
            });
        }
        var items = outcomes.Select(BatchItemJson.From).ToList();
        return new OkObjectResult(new
        {
            items,
            staged = items.Count(i => i.Status == "staged"),
            refused = items.Count(i => i.Status == "refused"),
        });
    }
}
