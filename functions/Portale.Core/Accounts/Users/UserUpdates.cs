namespace Portale.Core.Accounts.Users;

public static class UserUpdates
{
    // Sign-in steps of one account can write it from several requests at once: more tries than for letters.
    private const int Attempts = 20;

    /// <summary>
    /// Re-reads and re-applies <paramref name="change"/> until it is stored without a concurrent write.
    /// </summary>
    public static Task<UserAccount?> ApplyAsync(
        this IUserStore store, string userId, Func<UserAccount, UserAccount> change,
        CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync(async () =>
        {
            var user = await store.FindAsync(userId, cancellationToken);
            if (user is null)
            {
                return null;
            }
            var changed = change(user);
            return await store.TryUpdateAsync(changed, cancellationToken)
                ? changed
                : throw new ConcurrencyConflictException($"Account {userId} changed meanwhile.");
        }, cancellationToken, Attempts);
}
