namespace Portale.Core.Accounts.SignIn;

public interface ISignInChallengeStore
{
    Task SaveAsync(SignInChallenge challenge, CancellationToken cancellationToken);

    Task<SignInChallenge?> FindAsync(string id, CancellationToken cancellationToken);

    Task DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>Deletes the challenges that expired before <paramref name="expiredBefore"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken);
}
