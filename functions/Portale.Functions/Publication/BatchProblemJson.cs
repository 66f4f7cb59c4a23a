namespace Portale.Functions.Publication;

/// <summary>
/// A refused letter's problem: its <c>code</c>, Italian <c>title</c> and <c>errors</c> by field, as single
/// staging answers them; <c>detail</c> is always null (refusals carry no text beyond title and errors).
/// </summary>
public sealed record BatchProblemJson(
    string Code, string Title, string? Detail, IReadOnlyDictionary<string, string[]>? Errors);
