namespace Portale.Core.Letters;

/// <summary>The home tiles' badges: items in sections 1–4.</summary>
public sealed record Badges(int NewLetters, int ToWork, int Cc, int Reminders);
