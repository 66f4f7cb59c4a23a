namespace Portale.Core.Clients;

/// <summary>
/// The credentials of a company's own system: its secret is kept only as a keyed hash. It acts for
/// its company while its creator is enabled for it and it is not revoked.
/// </summary>
public sealed record ApiClient(
    string Id,
    string CompanyId,
    string Name,
    string SecretHash,
    IReadOnlyList<ClientPermission> Permissions,
    string CreatedByUserId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt = null,
    DateTimeOffset? RevokedAt = null,
    string? RevokedBy = null)
{
    /// <summary>What the portal records as Utente Download and uploader for the calls of this client.</summary>
    public string ActingName => "sistema: " + Name;

    public bool IsRevoked => RevokedAt is not null;
}
