namespace Portale.Core.DailyReports;

/// <summary>File, Data Evento, Descrizione Errore, Utente.</summary>
public sealed record ErrorEntry(string File, DateTimeOffset EventAt, string Description, string User);
