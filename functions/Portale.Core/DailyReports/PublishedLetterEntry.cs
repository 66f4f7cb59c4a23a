namespace Portale.Core.DailyReports;

/// <summary>Lettera, Data Pubblicazione, HASH.</summary>
public sealed record PublishedLetterEntry(string Letter, DateTimeOffset PublishedAt, string Hash);
