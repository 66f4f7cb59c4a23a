namespace Portale.Functions.Publication;

/// <summary>One letter of a batch: <c>staged</c>, or <c>refused</c> with the problem single staging would answer.</summary>
public sealed record BatchItemJson(string? Name, string Status, BatchProblemJson? Problem)
{
    public static BatchItemJson From(BatchOutcome outcome) => outcome.Refusal is { } refusal
        ? new(outcome.Name, "refused", new BatchProblemJson(refusal.Code, refusal.Title, null, refusal.Errors))
        : new(outcome.Name, "staged", null);
}
