namespace Portale.Core.DailyReports;

/// <summary>
/// Lettera, Data Pubblicazione, Completezza Risposta (null: cleared, complete), Data Classificazione: set
/// by the Sportello or by the SLA ageing that day.
/// </summary>
public sealed record ClassificationEntry(
    string Letter, DateTimeOffset PublishedAt, string? Completeness, DateTimeOffset ClassifiedAt);
