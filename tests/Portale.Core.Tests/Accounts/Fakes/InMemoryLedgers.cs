using System.Collections.Concurrent;
using Portale.Core.Accounts.Captcha;
using Portale.Core.Accounts.Lifecycle;
using Portale.Core.Accounts.SignIn;
using Portale.Core.Accounts.Tokens;

namespace Portale.Core.Tests.Accounts.Fakes;

internal sealed class InMemoryLedgers : ICaptchaLedger, INotificationLedger, IAttemptLog, IAccountTokenStore
{
    private readonly ConcurrentDictionary<string, byte> used = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> captchaExpiries = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, DateTimeOffset>> attempts = new();
    private readonly ConcurrentDictionary<string, AccountToken> tokens = new();

    public Task<bool> TryUseAsync(string challenge, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Task.FromResult(captchaExpiries.TryAdd(challenge, expiresAt));

    Task<int> ICaptchaLedger.PurgeAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken) =>
        Task.FromResult(RemoveWhere(captchaExpiries, at => at < expiredBefore));

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

    Task<int> IAccountTokenStore.PurgeAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken) =>
        Task.FromResult(RemoveWhere(tokens, t => t.ExpiresAt < expiredBefore));

    Task<int> IAttemptLog.PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        Task.FromResult(attempts.Values.Sum(log => RemoveWhere(log, at => at < before)));

    private static int RemoveWhere<T>(ConcurrentDictionary<string, T> rows, Func<T, bool> expired) =>
        rows.Where(r => expired(r.Value)).Count(r => rows.TryRemove(r.Key, out _));
}
