using Microsoft.Extensions.Time.Testing;
using Portale.Core.Accounts.SignIn;
using Portale.Core.Accounts.Texts;
using Portale.Core.Tests.Accounts.Fakes;

namespace Portale.Core.Tests.Accounts.SignIn;

public sealed class OtpSenderTests
{
    [Fact]
    public async Task Only_the_code_sent_matches_and_only_its_hash_is_stored()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-10T10:00:00Z"));
        var messages = new RecordingMessages();
        var store = new InMemoryChallenges();
        var sender = new OtpSender(store, TestAccounts.Secrets, new AccountMessenger(messages, messages), clock);
        var challenge = new SignInChallenge(new string('a', 64), "mario", ChallengeStep.Otp, clock.GetUtcNow().AddMinutes(20));

        var sent = await sender.SendAsync(challenge, "+393331234567", CancellationToken.None);

        var sms = Assert.Single(messages.Sms);
        var code = System.Text.RegularExpressions.Regex.Match(sms.Text, @"\d{6}").Value;
        Assert.Equal("+393331234567", sms.To);
        Assert.DoesNotContain(code, sent.CodeHash);
        Assert.Equal(clock.GetUtcNow() + SignInChallenge.CodeLifetime, sent.CodeExpiresAt);
        Assert.True(sender.Matches(sent, code));
        Assert.False(sender.Matches(sent, code == "000000" ? "000001" : "000000"));
        Assert.False(sender.Matches(sent, code + "0"));
        Assert.False(sender.Matches(sent, null));
        Assert.False(sender.Matches(sent with { Id = new string('b', 64) }, code));
    }

    private sealed class InMemoryChallenges : ISignInChallengeStore
    {
        private readonly Dictionary<string, SignInChallenge> rows = [];

        public Task SaveAsync(SignInChallenge challenge, CancellationToken cancellationToken)
        {
            rows[challenge.Id] = challenge;
            return Task.CompletedTask;
        }

        public Task<SignInChallenge?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult(rows.GetValueOrDefault(id));

        public Task DeleteAsync(string id, CancellationToken cancellationToken)
        {
            rows.Remove(id);
            return Task.CompletedTask;
        }

        public Task<int> PurgeAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken) =>
            Task.FromResult(rows.Values.Where(c => c.ExpiresAt < expiredBefore).ToList().Count(c => rows.Remove(c.Id)));
    }
}
