namespace Portale.Adapters.Letters;

/// <summary>A text filter of the search, the column it is compared with and the letter's value there.</summary>
public sealed record LetterSearchColumn(
    string Name, Func<LetterSearchCriteria, LetterPattern?> Filter, Func<Letter, string?> Value);
