namespace Portale.Functions.Publication;

/// <summary>A letter tonight's loading will publish, with its TO company's name.</summary>
public sealed record StagedLetterJson(
    string Name, string CompanyId, string? CompanyName, string To, IReadOnlyList<string> Cc, string Hash,
    DateTimeOffset StagedAt, string StagedBy)
{
    public static StagedLetterJson From(StagedLetter l, IReadOnlyDictionary<string, string> names) => new(
        l.Name, l.To, names.GetValueOrDefault(l.To), l.To, l.Cc, l.Hash, l.StagedAt, l.StagedBy);
}
