namespace Portale.Core.Uploads;

/// <summary>A row of "Invii falliti" (manual 6.7): File, Data Evento, Utente, Motivo Errore.</summary>
public sealed record FailedUpload(
    string CompanyId, string Key, string File, DateTimeOffset EventAt, string User, string Reason);
