namespace Portale.Core.Letters.Search;

/// <summary>
/// The filters of "Ricerca lettere" (manual 6.8), in the manual's order; null = not given. A letter
/// matches when it satisfies every filter given, whatever its section.
/// </summary>
public sealed record LetterSearchCriteria(
    LetterPattern? Letter = null,
    LetterPattern? Answer = null,
    Recipient? Recipient = null,
    LetterPattern? CaseId = null,
    LetterPattern? CustomerName = null,
    LetterPattern? SupplyAddress = null,
    LetterPattern? Utility = null,
    LetterPattern? Topic = null,
    LetterPattern? SubTopic = null,
    LetterPattern? Note = null,
    DateOnly? PublishedFrom = null,
    DateOnly? PublishedTo = null,
    LetterPattern? Completeness = null,
    LetterPattern? PracticeType = null)
{
    private IEnumerable<LetterPattern?> Patterns =>
    [
        Letter, Answer, CaseId, CustomerName, SupplyAddress, Utility, Topic, SubTopic, Note, Completeness, PracticeType,
    ];

    public bool IsEmpty =>
        Patterns.All(p => p is null) && Recipient is null && PublishedFrom is null && PublishedTo is null;

    public bool Matches(Letter l) =>
        Fits(Letter, l.Name)
        && Fits(Answer, l.Answer?.Name)
        && (Recipient is not { } r || l.Recipient == r)
        && Fits(CaseId, l.Fields.CaseId)
        && Fits(CustomerName, l.Fields.CustomerName)
        && Fits(SupplyAddress, l.Fields.SupplyAddress)
        && Fits(Utility, l.Fields.Utility)
        && Fits(Topic, l.Fields.Topic)
        && Fits(SubTopic, l.Fields.SubTopic)
        && Fits(Note, l.Note)
        && (PublishedFrom is not { } from || l.PublishedOn >= from)
        && (PublishedTo is not { } to || l.PublishedOn <= to)
        && Fits(Completeness, l.Completeness)
        && Fits(PracticeType, l.Fields.PracticeType);

    /// <summary>Ties a page cursor to these filters, so it cannot be replayed against another search.</summary>
    public string Fingerprint =>
        string.Join('\u001f', Patterns.Select(p => p?.Text ?? string.Empty)
            .Append(Recipient?.ToString() ?? string.Empty)
            .Append(PublishedFrom?.ToString("O") ?? string.Empty)
            .Append(PublishedTo?.ToString("O") ?? string.Empty));

    private static bool Fits(LetterPattern? pattern, string? value) => pattern is null || pattern.Matches(value);
}
