namespace Portale.Functions.Clients;

/// <summary>The creation of a client: the SMS challenge and its code, the system's name, its permissions.</summary>
public sealed record ClientBody(string? ChallengeId, string? Code, string? Name, IReadOnlyList<string>? Permissions)
{
    public ClientDraft ToDraft() => new(ChallengeId, Code, Name, Permissions);
}
