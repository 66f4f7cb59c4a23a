namespace Portale.Core.Accounts.SignIn;

/// <summary>Timestamps of attempts per key (a username, a client address): the base of sliding-window limits.</summary>
public interface IAttemptLog
{
    Task RecordAsync(string key, DateTimeOffset at, CancellationToken cancellationToken);

    Task<int> CountSinceAsync(string key, DateTimeOffset since, CancellationToken cancellationToken);
}
