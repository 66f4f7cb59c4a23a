namespace Portale.Functions.Publication;

/// <summary>A sollecito tonight's loading will publish, with its letter and its TO company's name.</summary>
public sealed record StagedReminderJson(
    string Name, string Letter, string CompanyId, string? CompanyName, string To, string Hash,
    DateTimeOffset StagedAt, string StagedBy)
{
    public static StagedReminderJson From(StagedReminder r, IReadOnlyDictionary<string, string> names) => new(
        r.Name, r.LetterName, r.To, names.GetValueOrDefault(r.To), r.To, r.Hash, r.StagedAt, r.StagedBy);
}
