namespace Portale.Core.Publication;

/// <summary>The outcome of a withdrawal and, when it was withdrawn, the document as it was staged.</summary>
public sealed record Withdrawal<T>(WithdrawalOutcome Outcome, T? Document)
    where T : IStagedDocument;
