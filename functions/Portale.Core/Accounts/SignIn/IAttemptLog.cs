namespace Portale.Core.Accounts.SignIn;

/// <summary>Timestamps of attempts per key (a username, a client address): the base of sliding-window limits.</summary>
public interface IAttemptLog
{
    /// <summary>Records an attempt and returns its id (to withdraw it with <see cref="DeleteAsync"/>).</summary>
    Task<string> RecordAsync(string key, DateTimeOffset at, CancellationToken cancellationToken);

    Task DeleteAsync(string key, string attemptId, CancellationToken cancellationToken);

    Task<int> CountSinceAsync(string key, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Deletes every attempt made before <paramref name="before"/>, of any key; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
