using System.Net;
using System.Net.Http.Json;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

[Collection(AzuriteCollection.Name)]
public sealed class OtpTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Five_wrong_codes_in_a_row_lock_the_account_until_the_help_desk_unlocks_it()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var anonymous = host.AnonymousClient();
        var step = await anonymous.LoginAsync(op.Username, TestOperator.Password);
        var challengeId = step.GetProperty("challengeId").GetString()!;
        var right = await Outbox.LatestCodeAsync(anonymous, op.Mobile);
        var wrong = right == "000000" ? "111111" : "000000";

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var refused = await anonymous.PostAsJsonAsync("/api/auth/otp", new { challengeId, code = wrong });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.ProblemAsync();
            Assert.Equal("otp-invalid", problem.GetProperty("code").GetString());
            Assert.Equal(5 - attempt, problem.GetProperty("attemptsLeft").GetInt32());
        }
        using (var fifth = await anonymous.PostAsJsonAsync("/api/auth/otp", new { challengeId, code = wrong }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, fifth.StatusCode);
            Assert.Equal("account-locked", (await fifth.ProblemAsync()).GetProperty("code").GetString());
        }
        using (var rightTooLate = await anonymous.PostAsJsonAsync("/api/auth/otp", new { challengeId, code = right }))
        {
            Assert.NotEqual(HttpStatusCode.OK, rightTooLate.StatusCode);
        }
        using (var locked = await anonymous.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = TestOperator.Password }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, locked.StatusCode);
            Assert.Equal("account-locked", (await locked.ProblemAsync()).GetProperty("code").GetString());
        }

        using (var backOffice = await host.StaffClientAsync(StaffRoles.BackOffice))
        using (var notHelpDesk = await backOffice.PostAsync($"/api/backoffice/users/{op.Username}/unlock", null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notHelpDesk.StatusCode);
        }
        using (var helpDesk = await host.StaffClientAsync(StaffRoles.HelpDesk))
        using (var unlocked = await helpDesk.PostAsync($"/api/backoffice/users/{op.Username.ToUpperInvariant()}/unlock", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, unlocked.StatusCode);
        }
        using var session = await host.SignInAsync(op);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Three_resends_are_allowed_and_the_fourth_is_refused()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var anonymous = host.AnonymousClient();
        var challengeId = (await anonymous.LoginAsync(op.Username, TestOperator.Password)).GetProperty("challengeId").GetString()!;
        var before = (await Outbox.ForAsync(anonymous, op.Mobile)).Count;

        for (var resend = 1; resend <= 3; resend++)
        {
            using var ok = await anonymous.PostAsJsonAsync("/api/auth/otp/resend", new { challengeId });
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using (var fourth = await anonymous.PostAsJsonAsync("/api/auth/otp/resend", new { challengeId }))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
            Assert.Equal("otp-resend-limit", (await fourth.ProblemAsync()).GetProperty("code").GetString());
        }
        Assert.Equal(before + 3, (await Outbox.ForAsync(anonymous, op.Mobile)).Count);
        await anonymous.CompleteOtpAsync(challengeId, op.Mobile);
    }

    [Fact]
    public async Task A_code_expires_after_five_minutes_and_a_resent_one_works()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var anonymous = host.AnonymousClient();
        var challengeId = (await anonymous.LoginAsync(op.Username, TestOperator.Password)).GetProperty("challengeId").GetString()!;
        var code = await Outbox.LatestCodeAsync(anonymous, op.Mobile);

        await host.SetClockAsync(AccountHosts.Start.AddMinutes(6));
        using (var expired = await anonymous.PostAsJsonAsync("/api/auth/otp", new { challengeId, code }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
            Assert.Equal("otp-expired", (await expired.ProblemAsync()).GetProperty("code").GetString());
        }
        using (var resent = await anonymous.PostAsJsonAsync("/api/auth/otp/resend", new { challengeId }))
        {
            Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        }
        await anonymous.CompleteOtpAsync(challengeId, op.Mobile);
    }

    [Fact]
    public async Task A_code_works_once()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var anonymous = host.AnonymousClient();
        var challengeId = (await anonymous.LoginAsync(op.Username, TestOperator.Password)).GetProperty("challengeId").GetString()!;
        var code = await Outbox.LatestCodeAsync(anonymous, op.Mobile);
        await anonymous.CompleteOtpAsync(challengeId, op.Mobile);
        using var replay = await anonymous.PostAsJsonAsync("/api/auth/otp", new { challengeId, code });
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal("challenge-expired", (await replay.ProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Parallel_guesses_get_at_most_five_tries_and_lock_the_account()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var anonymous = host.AnonymousClient();
        var challengeId = (await anonymous.LoginAsync(op.Username, TestOperator.Password)).GetProperty("challengeId").GetString()!;
        var right = await Outbox.LatestCodeAsync(anonymous, op.Mobile);
        var guesses = Enumerable.Range(0, 30).Select(i => ((int.Parse(right) + 1 + i) % 1_000_000).ToString("D6")).ToList();

        var answers = await Task.WhenAll(guesses.Select(async code =>
        {
            using var response = await anonymous.PostAsJsonAsync("/api/auth/otp", new { challengeId, code });
            return (await response.ProblemAsync()).GetProperty("code").GetString();
        }));

        Assert.InRange(answers.Count(a => a == "otp-invalid"), 0, 4);
        using var locked = await anonymous.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = TestOperator.Password });
        Assert.Equal("account-locked", (await locked.ProblemAsync()).GetProperty("code").GetString());
    }
}
