namespace Portale.Core.Accounts.SignIn;

public interface ISignInChallengeStore
{
    Task SaveAsync(SignInChallenge challenge, CancellationToken cancellationToken);

    Task<SignInChallenge?> FindAsync(string id, CancellationToken cancellationToken);

    Task DeleteAsync(string id, CancellationToken cancellationToken);
}
