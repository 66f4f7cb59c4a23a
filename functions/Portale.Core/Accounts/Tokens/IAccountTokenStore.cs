namespace Portale.Core.Accounts.Tokens;

public interface IAccountTokenStore
{
    Task SaveAsync(AccountToken token, CancellationToken cancellationToken);

    /// <summary>Finds and deletes the token: a link works once.</summary>
    Task<AccountToken?> TakeAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Deletes the tokens that expired before <paramref name="expiredBefore"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken);
}
