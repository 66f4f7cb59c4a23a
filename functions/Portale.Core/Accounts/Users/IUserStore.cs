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

    /// <summary>Accounts in id order after <paramref name="after"/>, of one state when <paramref name="state"/> is set.</summary>
    Task<KeyedPage<UserAccount>> PageAsync(
        string? after, int take, UserState? state, CancellationToken cancellationToken);

    Task<int> CountAsync(UserState? state, CancellationToken cancellationToken);
}
