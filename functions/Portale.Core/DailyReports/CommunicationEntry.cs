namespace Portale.Core.DailyReports;

/// <summary>Comunicazione, Data Caricamento, Utente Caricamento.</summary>
public sealed record CommunicationEntry(string Communication, DateTimeOffset UploadedAt, string UploadedBy);
