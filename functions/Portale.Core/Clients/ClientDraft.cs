namespace Portale.Core.Clients;

/// <summary>An operator's request for a client: its name, its permissions and the SMS code that confirms it.</summary>
public sealed record ClientDraft(string? ChallengeId, string? Code, string? Name, IReadOnlyList<string>? Permissions);
