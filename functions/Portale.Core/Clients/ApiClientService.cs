namespace Portale.Core.Clients;

/// <summary>
/// Creates a company's API clients (after an SMS code sent to the operator's mobile, the sign-in's own
/// code step), lists and revokes them. The secret is 32 random bytes, shown once and kept as a keyed hash.
/// </summary>
public sealed class ApiClientService(
    IApiClientStore store,
    ISignInChallengeStore challenges,
    OtpSender otp,
    IUserStore users,
    IAttemptLog attempts,
    AccountSecrets secrets,
    TimeProvider clock)
{
    public const int MaxWrongCodes = 5;
    public const int MaxNameLength = 60;

    /// <summary>Sends the code to the operator's mobile; returns the challenge that the creation names.</summary>
    public async Task<SignInChallenge> StartCreationAsync(OperatorPrincipal user, CancellationToken cancellationToken)
    {
        var account = await users.FindAsync(user.UserId, cancellationToken) ?? throw RefusalException.Unauthenticated();
        var challenge = new SignInChallenge(SecretCodes.NewId(), account.Id, ChallengeStep.ClientCreation,
            clock.GetUtcNow() + SignInChallenge.Lifetime);
        return await otp.SendAsync(challenge, account.Mobile, cancellationToken);
    }

    public async Task<CreatedClient> CreateAsync(
        string companyId, ClientDraft draft, OperatorPrincipal user, CancellationToken cancellationToken)
    {
        var name = draft.Name?.Trim() ?? "";
        var permissions = (draft.Permissions ?? []).Select(ClientPermissionNames.Parse).ToList();
        var errors = new ValidationErrors();
        if (name.Length is < 3 or > MaxNameLength || name.Any(char.IsControl))
        {
            errors.Add("name", ClientMessages.NameRequired);
        }
        if (permissions.Count == 0 || permissions.Any(p => p is null))
        {
            errors.Add("permissions", ClientMessages.PermissionsRequired);
        }
        errors.ThrowIfAny();
        await ConfirmCodeAsync(draft, user, cancellationToken);
        var id = "pc_" + SecretCodes.NewId()[..24];
        var secret = SecretCodes.NewId();
        var client = new ApiClient(id, companyId, name, SecretHash(id, secret),
            [.. permissions.Select(p => p!.Value).Distinct().Order()], user.UserId, user.Username, clock.GetUtcNow());
        await store.AddAsync(client, cancellationToken);
        return new CreatedClient(client, secret);
    }

    public async Task<IReadOnlyList<ApiClient>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(companyId, cancellationToken)).OrderByDescending(c => c.CreatedAt)];

    /// <summary>Revokes a client of the company: its tokens stop at their next call. Revoking twice changes nothing.</summary>
    public async Task<ApiClient> RevokeAsync(
        string companyId, string clientId, string by, CancellationToken cancellationToken)
    {
        var client = await store.FindAsync(clientId, cancellationToken);
        if (client is null || client.CompanyId != companyId)
        {
            throw RefusalException.NotFound("client-not-found", ClientMessages.UnknownClient);
        }
        if (client.IsRevoked)
        {
            return client;
        }
        var revoked = client with { RevokedAt = clock.GetUtcNow(), RevokedBy = by };
        await store.SaveAsync(revoked, cancellationToken);
        return revoked;
    }

    public string SecretHash(string clientId, string secret) =>
        SecretCodes.KeyedHash(secrets.ClientSecretKey, clientId + ":" + secret);

    /// <summary>
    /// The code must come from this operator's own challenge. Each wrong code is counted before it is
    /// compared; the fifth ends the challenge.
    /// </summary>
    private async Task ConfirmCodeAsync(ClientDraft draft, OperatorPrincipal user, CancellationToken cancellationToken)
    {
        var challenge = draft.ChallengeId is { Length: 64 } id ? await challenges.FindAsync(id, cancellationToken) : null;
        var now = clock.GetUtcNow();
        if (challenge is not { Step: ChallengeStep.ClientCreation } || challenge.UserId != user.UserId
            || challenge.ExpiresAt <= now || challenge.CodeExpiresAt <= now)
        {
            throw RefusalException.BadRequest("otp-expired", ClientMessages.CodeExpired);
        }
        var key = "client-code:" + challenge.Id;
        var attempt = await attempts.RecordAsync(key, now, cancellationToken);
        if (await attempts.CountSinceAsync(key, DateTimeOffset.MinValue, cancellationToken) > MaxWrongCodes)
        {
            await challenges.DeleteAsync(challenge.Id, cancellationToken);
            throw RefusalException.BadRequest("otp-locked", ClientMessages.TooManyCodes);
        }
        if (!otp.Matches(challenge, draft.Code))
        {
            throw RefusalException.BadRequest("otp-invalid", ClientMessages.CodeInvalid);
        }
        await attempts.DeleteAsync(key, attempt, cancellationToken);
        await challenges.DeleteAsync(challenge.Id, cancellationToken);
    }
}
