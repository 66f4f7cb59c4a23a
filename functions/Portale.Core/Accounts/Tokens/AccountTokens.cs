namespace Portale.Core.Accounts.Tokens;

/// <summary>Single-use tokens for the links in emails (registration, change of mobile).</summary>
public sealed class AccountTokens(IAccountTokenStore store, AccountSecrets secrets, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);

    public async Task<string> IssueAsync(
        AccountTokenPurpose purpose, string userId, CancellationToken cancellationToken)
    {
        var token = SecretCodes.NewId();
        await store.SaveAsync(
            new AccountToken(Hash(token), purpose, userId, clock.GetUtcNow() + Lifetime), cancellationToken);
        return token;
    }

    /// <summary>
    /// The user the token was issued for, or null when it is unknown, used, expired or for another purpose.
    /// </summary>
    public async Task<string?> RedeemAsync(
        string? token, AccountTokenPurpose purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length != 64)
        {
            return null;
        }
        var found = await store.TakeAsync(Hash(token), cancellationToken);
        return found is not null
            && found.Purpose == purpose && found.ExpiresAt > clock.GetUtcNow() ? found.UserId : null;
    }

    private string Hash(string token) => SecretCodes.KeyedHash(secrets.TokenKey, token);
}
