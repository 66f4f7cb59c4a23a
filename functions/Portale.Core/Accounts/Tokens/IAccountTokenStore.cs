namespace Portale.Core.Accounts.Tokens;

public interface IAccountTokenStore
{
    Task SaveAsync(AccountToken token, CancellationToken cancellationToken);

    /// <summary>Finds and deletes the token: a link works once.</summary>
    Task<AccountToken?> TakeAsync(string hash, CancellationToken cancellationToken);
}
