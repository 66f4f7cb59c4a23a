using Portale.Core.Letters;

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

/// <summary>Where a reminder's PDF is stored: by canonical name and SHA-256, as <see cref="LetterDocuments"/>.</summary>
public static class ReminderDocuments
{
    public static string PathOf(string canonicalName, string hash) => $"reminders/{canonicalName}/{hash}";
}

/// <summary>A reminder together with its letter (the list shows the letter's fields too).</summary>
public sealed record ReminderView(Reminder Reminder, Letter? Letter);

/// <summary>One page of reminders: <c>{ items, nextCursor, total }</c>.</summary>
public sealed record ReminderPage(IReadOnlyList<ReminderView> Items, string? NextCursor, int Total);

/// <summary>Reminders read in index order, and the storage key to continue after (null at the end).</summary>
public sealed record ReminderKeyedPage(IReadOnlyList<Reminder> Items, string? After);
