namespace Portale.Core.Publication;

/// <summary>What became of one batch entry: staged, or refused with the same refusal single staging gives.</summary>
public sealed record BatchOutcome(string? Name, StagedLetter? Staged, RefusalException? Refusal);
