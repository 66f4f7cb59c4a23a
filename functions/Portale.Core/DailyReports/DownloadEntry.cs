namespace Portale.Core.DailyReports;

/// <summary>Lettera, Data Pubblicazione, Data Download, Utente Download, HASH.</summary>
public sealed record DownloadEntry(
    string Letter, DateTimeOffset PublishedAt, DateTimeOffset DownloadedAt, string DownloadedBy, string Hash);
