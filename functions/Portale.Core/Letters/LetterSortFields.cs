namespace Portale.Core.Letters;

/// <summary>Every sortable column, by its JSON name, with the key it sorts on.</summary>
public static class LetterSortFields
{
    public const string PublishedAt = "publishedAt";

    private static readonly Dictionary<string, Func<Letter, ResponseSla, IComparable?>> Keys =
        new(StringComparer.Ordinal)
    {
        ["name"] = (l, _) => l.Name,
        // Ricerca lettere's Sezione: in the manual's order of the sections, not by name.
        ["section"] = (l, _) => l.Section,
        [PublishedAt] = (l, _) => l.PublishedAt,
        ["recipient"] = (l, _) => l.Recipient.ToString(),
        ["caseId"] = (l, _) => l.Fields.CaseId,
        ["practiceType"] = (l, _) => l.Fields.PracticeType,
        ["utility"] = (l, _) => l.Fields.Utility,
        ["serviceType"] = (l, _) => ServiceTypes.LabelOf(l.Fields.ServiceType),
        ["topic"] = (l, _) => l.Fields.Topic,
        ["subTopic"] = (l, _) => l.Fields.SubTopic,
        ["customerName"] = (l, _) => l.Fields.CustomerName,
        ["supplyAddress"] = (l, _) => l.Fields.SupplyAddress,
        ["note"] = (l, _) => l.Note,
        ["offlineOn"] = (l, _) => l.OfflineOn,
        ["hash"] = (l, _) => l.Hash,
        ["downloadedAt"] = (l, _) => l.DownloadedAt,
        ["downloadedBy"] = (l, _) => l.DownloadedBy,
        // Days to deadline falls as the deadline nears: sorting by deadline is the same order, and needs no "today".
        ["daysToDeadline"] = (l, sla) => l.Recipient == Recipient.To ? sla.Deadline(l.Terms) : null,
        ["extensionDays"] = (l, _) => l.ExtensionWorkingDays,
        ["answerName"] = (l, _) => l.Answer?.Name,
        ["answeredAt"] = (l, _) => l.Answer?.AnsweredAt,
        ["answeredBy"] = (l, _) => l.Answer?.AnsweredBy,
        ["completeness"] = (l, _) => l.Completeness,
    };

    public static IReadOnlyCollection<string> Names => Keys.Keys;

    /// <summary>
    /// Sorts on the field, nulls first ascending; ties broken newest first, then by name, so pages are stable.
    /// </summary>
    public static IEnumerable<Letter> Apply(IEnumerable<Letter> letters, LetterSort sort, ResponseSla sla)
    {
        var key = Keys[sort.Field];
        var ordered = sort.Descending
            ? letters.OrderByDescending(l => key(l, sla), KeyComparer)
            : letters.OrderBy(l => key(l, sla), KeyComparer);
        return ordered.ThenByDescending(l => l.PublishedAt).ThenBy(l => l.Name, StringComparer.Ordinal);
    }

    /// <summary>Nulls first, text without regard to case (as Italian readers sort), the rest by value.</summary>
    public static IComparer<IComparable?> KeyComparer { get; } = Comparer<IComparable?>.Create(CompareKeys);

    private static int CompareKeys(IComparable? a, IComparable? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.Compare(x, y, StringComparison.CurrentCultureIgnoreCase),
        _ => a.CompareTo(b),
    };
}
