namespace Portale.Core.DailyReports;

/// <summary>Sollecito, Data Pubblicazione, Riferimento Lettera, HASH.</summary>
public sealed record ReminderEntry(string Reminder, DateTimeOffset PublishedAt, string Letter, string Hash);
