namespace Portale.Core.Reminders;

/// <summary>
/// A validated "Nuovi solleciti ricevuti" request: Tipo servizio and Cerca on the sollecito and its letter,
/// a sort among <see cref="ReminderSortFields"/>, the page.
/// </summary>
public sealed record ReminderQuery(LetterFilter Filter, LetterSort Sort, int PageSize, PageCursor? Cursor)
{
    /// <summary>Served from the reminder index, newest first: no filter and the default sort.</summary>
    public bool IsIndexed => Filter.ServiceType is null && Filter.Text is null && Sort.IsDefault;

    /// <summary>Ties a cursor to the query it came from.</summary>
    public string Fingerprint => $"reminders|{Filter.ServiceType}|{Filter.Text}|{Sort}|{PageSize}";

    /// <summary>Tipo servizio is the letter's; the text is in the sollecito's name or the letter's fields.</summary>
    public bool Matches(ReminderView view) =>
        (Filter.ServiceType is not { } type || view.Letter?.Fields.ServiceType == type)
        && (Filter.Text is not { } text
            || view.Reminder.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
            || (view.Letter is { } letter && new LetterFilter(Text: text).Matches(letter)));
}
