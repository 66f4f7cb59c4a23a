using System.Collections.Concurrent;
using Portale.Core.Accounts.Captcha;
using Portale.Core.Accounts.Lifecycle;
using Portale.Core.Accounts.SignIn;
using Portale.Core.Accounts.Tokens;

namespace Portale.Core.Tests.Accounts.Fakes;

internal sealed class InMemoryLedgers : ICaptchaLedger, INotificationLedger, IAttemptLog, IAccountTokenStore
{
    private readonly ConcurrentDictionary<string, byte> used = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, DateTimeOffset>> attempts = new();
    private readonly ConcurrentDictionary<string, AccountToken> tokens = new();

    public Task<bool> TryUseAsync(string challenge, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Task.FromResult(used.TryAdd("captcha:" + challenge, 0));

    public Task<bool> TryRecordAsync(string userId, string notice, CancellationToken cancellationToken) =>
        Task.FromResult(used.TryAdd($"notice:{userId}:{notice}", 0));

    public Task<string> RecordAsync(string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        attempts.GetOrAdd(key, _ => new())[id] = at;
        return Task.FromResult(id);
    }

    public Task DeleteAsync(string key, string attemptId, CancellationToken cancellationToken)
    {
        if (attempts.TryGetValue(key, out var log))
        {
            log.TryRemove(attemptId, out _);
        }
        return Task.CompletedTask;
    }

    public Task<int> CountSinceAsync(string key, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult(attempts.TryGetValue(key, out var log) ? log.Values.Count(a => a >= since) : 0);

    public Task SaveAsync(AccountToken token, CancellationToken cancellationToken)
    {
        tokens[token.Hash] = token;
        return Task.CompletedTask;
    }

    public Task<AccountToken?> TakeAsync(string hash, CancellationToken cancellationToken) =>
        Task.FromResult(tokens.TryRemove(hash, out var token) ? token : null);
}
