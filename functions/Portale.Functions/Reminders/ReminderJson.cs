using Portale.Functions.Letters;

namespace Portale.Functions.Reminders;

/// <summary>
/// A row of "Nuovi solleciti ricevuti": Sollecito, Data Pubblicazione Sollecito, Rif. Lettera,
/// Data Pubblicazione Lettera, download, and the letter's own fields (<see cref="LetterJson"/>).
/// </summary>
public sealed record ReminderJson(
    string Name,
    DateTimeOffset PublishedAt,
    string LetterName,
    DateTimeOffset? LetterPublishedAt,
    string Hash,
    DateTimeOffset? DownloadedAt,
    string? DownloadedBy,
    LetterJson? Letter)
{
    public static ReminderJson From(ReminderView view, LetterViews views)
    {
        var r = view.Reminder;
        return new ReminderJson(
            r.Name,
            RomeTime.ToRome(r.PublishedAt),
            r.LetterName,
            view.Letter is { } l ? RomeTime.ToRome(l.PublishedAt) : null,
            r.Hash,
            r.DownloadedAt is { } d ? RomeTime.ToRome(d) : null,
            r.DownloadedBy,
            view.Letter is { } letter ? LetterJson.From(views.Of(letter)) : null);
    }
}
