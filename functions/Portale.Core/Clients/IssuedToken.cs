namespace Portale.Core.Clients;

/// <summary>A bearer token for one client, valid until <see cref="ExpiresAt"/>.</summary>
public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt, IReadOnlyList<ClientPermission> Permissions);
