namespace Portale.Functions.Clients;

/// <summary>A company's API client as the operator and the staff see it: never its secret, nor its hash.</summary>
public sealed record ClientJson(
    string ClientId, string CompanyId, string Name, IReadOnlyList<string> Permissions, string CreatedBy,
    DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, string? RevokedBy)
{
    public static ClientJson From(ApiClient c) => new(
        c.Id, c.CompanyId, c.Name, [.. c.Permissions.Select(ClientPermissionNames.Of)], c.CreatedBy, c.CreatedAt,
        c.LastUsedAt, c.RevokedAt, c.RevokedBy);
}
