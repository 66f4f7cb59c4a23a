namespace Portale.Core.DailyReports;

/// <summary>Risposta, Data Caricamento, Utente Caricamento, Riferimento Lettera, HASH.</summary>
public sealed record AnswerEntry(
    string Answer, DateTimeOffset UploadedAt, string UploadedBy, string Letter, string Hash);
