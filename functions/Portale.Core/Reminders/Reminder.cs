namespace Portale.Core.Reminders;

/// <summary>
/// A sollecito published to the TO company of a letter not answered within the SLA. It lives in
/// that company's partition; the answer is still uploaded through the letter.
/// </summary>
public sealed record Reminder(string CompanyId, string Name, string LetterName, DateTimeOffset PublishedAt, string Hash)
{
    public DateTimeOffset? DownloadedAt { get; init; }
    public string? DownloadedBy { get; init; }

    /// <summary>Opaque optimistic-concurrency token from storage; null before the reminder is stored.</summary>
    public string? Version { get; init; }

    /// <summary>A reminder counts in the "new" badge until its first download.</summary>
    public bool IsNew => DownloadedAt is null;

    public string DocumentPath => ReminderDocuments.PathOf(Name, Hash);
}
