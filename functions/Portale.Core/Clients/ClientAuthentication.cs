namespace Portale.Core.Clients;

/// <summary>
/// The client-credentials grant and the checks of every call. A token is the client id, its expiry and a
/// keyed hash of both: nothing is stored, and everything that can stop a client (revoked, creator no longer
/// enabled for the company or deactivated) is read again at every call, not only when the token is issued.
/// Each client may make <see cref="MaxCallsPerMinute"/> calls a minute (the sign-in's attempt log counts them).
/// </summary>
public sealed class ClientAuthentication(
    IApiClientStore store,
    ApiClientService clients,
    IUserStore users,
    ICompanyEnablements enablements,
    IAttemptLog attempts,
    AccountSecrets secrets,
    TimeProvider clock)
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);
    public const int MaxCallsPerMinute = 120;
    public const int MaxTokensPerMinute = 10;
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    /// <summary>A token for the client whose secret matches; null for a wrong, revoked or stopped client.</summary>
    public async Task<IssuedToken?> IssueAsync(string? clientId, string? secret, CancellationToken cancellationToken)
    {
        if (clientId is not { Length: > 0 and <= 64 } || secret is not { Length: > 0 and <= 128 }
            || !TableSafe(clientId))
        {
            return null;
        }
        await CountAsync("client-token:" + clientId, MaxTokensPerMinute, cancellationToken);
        var client = await store.FindAsync(clientId, cancellationToken);
        if (client is null || !SecretCodes.SameHash(clients.SecretHash(clientId, secret), client.SecretHash)
            || !await IsActiveAsync(client, cancellationToken))
        {
            return null;
        }
        var expiresAt = clock.GetUtcNow() + TokenLifetime;
        var body = clientId + "." + expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new IssuedToken(body + "." + Mac(body), expiresAt, client.Permissions);
    }

    /// <summary>
    /// The client of a call: the token valid and unexpired, the client active, the company its own (else
    /// 404, as for an operator not enabled), the permission granted and the call within the rate limit.
    /// </summary>
    public async Task<ClientPrincipal> AuthenticateAsync(
        string token, string? companyId, ClientPermission permission, CancellationToken cancellationToken)
    {
        var client = await ClientOfAsync(token, cancellationToken)
            ?? throw RefusalException.Unauthenticated("token-invalid", ClientMessages.TokenInvalid);
        if (companyId is not null && companyId != client.CompanyId)
        {
            throw RefusalException.NotFound();
        }
        if (!client.Permissions.Contains(permission))
        {
            throw RefusalException.Forbidden("permission-missing", ClientMessages.PermissionMissing);
        }
        await CountAsync("client-calls:" + client.Id, MaxCallsPerMinute, cancellationToken);
        var now = clock.GetUtcNow();
        if (client.LastUsedAt is not { } last || now - last > TouchEvery)
        {
            client = client with { LastUsedAt = now };
            await store.SaveAsync(client, cancellationToken);
        }
        return new ClientPrincipal(client);
    }

    private async Task<ApiClient?> ClientOfAsync(string token, CancellationToken cancellationToken)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || !TableSafe(parts[0]) || !SecretCodes.SameHash(Mac(parts[0] + "." + parts[1]), parts[2])
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || DateTimeOffset.FromUnixTimeSeconds(Math.Min(expires, 253_402_300_799)) <= clock.GetUtcNow())
        {
            return null;
        }
        var client = await store.FindAsync(parts[0], cancellationToken);
        return client is not null && await IsActiveAsync(client, cancellationToken) ? client : null;
    }

    public async Task<bool> IsActiveAsync(ApiClient client, CancellationToken cancellationToken) =>
        !client.IsRevoked
        && await users.FindAsync(client.CreatedByUserId, cancellationToken) is { Status: AccountStatus.Active }
        && await enablements.IsEnabledAsync(client.CreatedByUserId, client.CompanyId, cancellationToken);

    private async Task CountAsync(string key, int perMinute, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await attempts.RecordAsync(key, now, cancellationToken);
        if (await attempts.CountSinceAsync(key, now - TimeSpan.FromMinutes(1), cancellationToken) > perMinute)
        {
            throw RefusalException.TooManyRequests("client-rate-limit", ClientMessages.TooManyCalls, TimeSpan.FromMinutes(1));
        }
    }

    private string Mac(string body) => SecretCodes.KeyedHash(secrets.ClientTokenKey, body);

    private static bool TableSafe(string id) => id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
