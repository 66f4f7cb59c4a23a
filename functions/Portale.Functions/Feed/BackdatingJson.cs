namespace Portale.Functions.Feed;

/// <summary>An answer's backdating (chapter 9): the Data Risposta given, and why, in Italian.</summary>
public sealed record BackdatingJson(DateOnly AttemptedOn, string Reason);
