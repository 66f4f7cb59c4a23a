namespace Portale.Core.Outages;

/// <summary>
/// Manual 9.1: an answer reported as not uploadable during an outage takes "la data di pubblicazione del
/// giorno in cui è stato effettuato il tentativo di caricamento non andato a buon fine". The reason is
/// written when the date is given, in Italian, so the archive shows it as it was decided.
/// </summary>
public sealed record AnswerBackdating(DateOnly AttemptedOn, string OutageId, string ReportId, string Reason);
