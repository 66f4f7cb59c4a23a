namespace Portale.Core.Accounts.Users;

public static class UserUpdates
{
    /// <summary>Re-reads and re-applies <paramref name="change"/> until it is stored without a concurrent write.</summary>
    public static async Task<UserAccount?> ApplyAsync(this IUserStore store, string userId, Func<UserAccount, UserAccount> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var user = await store.FindAsync(userId, cancellationToken);
            if (user is null)
            {
                return null;
            }
            var changed = change(user);
            if (await store.TryUpdateAsync(changed, cancellationToken))
            {
                return changed;
            }
            // Spread the retries of parallel writers so they do not collide again in lockstep.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * (attempt + 1)), cancellationToken);
        }
        throw new InvalidOperationException($"Account {userId} kept changing under concurrent writes.");
    }
}
