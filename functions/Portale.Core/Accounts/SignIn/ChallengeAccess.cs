namespace Portale.Core.Accounts.SignIn;

/// <summary>Loads a live challenge and its account, or refuses in the same way whatever is wrong.</summary>
public sealed class ChallengeAccess(ISignInChallengeStore challenges, IUserStore users, TimeProvider clock)
{
    public async Task<(SignInChallenge Challenge, UserAccount User)> LoadAsync(
        string? challengeId, CancellationToken cancellationToken, params ChallengeStep[] steps)
    {
        var challenge = challengeId is { Length: 64 } ? await challenges.FindAsync(
            challengeId, cancellationToken) : null;
        if (challenge is null || challenge.ExpiresAt <= clock.GetUtcNow())
        {
            throw RefusalException.Unauthenticated("challenge-expired", SignInMessages.ChallengeExpired);
        }
        if (!steps.Contains(challenge.Step))
        {
            throw RefusalException.Conflict("wrong-step", SignInMessages.WrongStep);
        }
        var user = await users.FindAsync(challenge.UserId, cancellationToken)
            ?? throw RefusalException.Unauthenticated("challenge-expired", SignInMessages.ChallengeExpired);
        SignInService.EnsureCanSignIn(user);
        return (challenge, user);
    }
}
