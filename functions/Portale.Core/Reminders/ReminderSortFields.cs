namespace Portale.Core.Reminders;

/// <summary>The sortable columns of "Nuovi solleciti ricevuti" (fig. 9), by their JSON names.</summary>
public static class ReminderSortFields
{
    private static readonly Dictionary<string, Func<ReminderView, IComparable?>> Keys = new(StringComparer.Ordinal)
    {
        ["name"] = v => v.Reminder.Name,
        [LetterSortFields.PublishedAt] = v => v.Reminder.PublishedAt,
        ["letterName"] = v => v.Reminder.LetterName,
        ["letterPublishedAt"] = v => v.Letter?.PublishedAt,
        ["caseId"] = v => v.Letter?.Fields.CaseId,
        ["utility"] = v => v.Letter?.Fields.Utility,
        ["serviceType"] = v => v.Letter?.Fields.ServiceType is { } type ? ServiceTypes.LabelOf(type) : null,
        ["customerName"] = v => v.Letter?.Fields.CustomerName,
        ["supplyAddress"] = v => v.Letter?.Fields.SupplyAddress,
        ["downloadedAt"] = v => v.Reminder.DownloadedAt,
        ["downloadedBy"] = v => v.Reminder.DownloadedBy,
    };

    public static IReadOnlyCollection<string> Names => Keys.Keys;

    /// <summary>As the letters sort (<see cref="LetterSortFields.KeyComparer"/>); ties newest first, then by name.</summary>
    public static IEnumerable<ReminderView> Apply(IEnumerable<ReminderView> views, LetterSort sort)
    {
        var key = Keys[sort.Field];
        var ordered = sort.Descending
            ? views.OrderByDescending(key, LetterSortFields.KeyComparer)
            : views.OrderBy(key, LetterSortFields.KeyComparer);
        return ordered
            .ThenByDescending(v => v.Reminder.PublishedAt)
            .ThenBy(v => v.Reminder.Name, StringComparer.Ordinal);
    }
}
