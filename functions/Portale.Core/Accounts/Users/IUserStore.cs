namespace Portale.Core.Accounts.Users;

public interface IUserStore
{
    Task<UserAccount?> FindAsync(string userId, CancellationToken cancellationToken);

    /// <summary>False when the id (the username ignoring case) is taken.</summary>
    Task<bool> TryCreateAsync(UserAccount user, CancellationToken cancellationToken);

    /// <summary>False when the row changed since <see cref="UserAccount.Version"/> was read.</summary>
    Task<bool> TryUpdateAsync(UserAccount user, CancellationToken cancellationToken);

    Task DeleteAsync(string userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserAccount>> FindByEmailAsync(string email, CancellationToken cancellationToken);

    IAsyncEnumerable<UserAccount> AllAsync(CancellationToken cancellationToken);
}
