namespace Portale.Core.Letters;

/// <summary>Risposta, Data Risposta, Utente Risposta, Completezza Risposta: written by the answers issue (#4).</summary>
public sealed record LetterAnswer(string Name, DateTimeOffset AnsweredAt, string AnsweredBy, string? Completeness);
