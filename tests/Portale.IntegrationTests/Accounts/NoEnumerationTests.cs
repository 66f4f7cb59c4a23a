using System.Net;
using System.Net.Http.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

/// <summary>No answer tells whether a username or an email exists: same status, same body.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class NoEnumerationTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Wrong_username_and_wrong_password_get_the_same_answer()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var client = host.AnonymousClient();
        using var wrongPassword = await client.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = "Sbagliata1!" });
        using var wrongUsername = await client.PostAsJsonAsync("/api/auth/login", new { username = "nessuno-" + Guid.NewGuid().ToString("N")[..8], password = "Sbagliata1!" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(wrongPassword.StatusCode, wrongUsername.StatusCode);
        Assert.Equal(await wrongPassword.Content.ReadAsStringAsync(), await wrongUsername.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Recovery_answers_the_same_for_known_and_unknown_names_and_addresses()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var client = host.AnonymousClient();

        async Task<(HttpStatusCode, string)> Post(string path, object body)
        {
            using var response = await client.PostAsJsonAsync(path, body);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        var knownEmail = await Post("/api/accounts/recover-username", new { email = op.Email, captcha = await CaptchaSolver.SolveAsync(client) });
        var unknownEmail = await Post("/api/accounts/recover-username", new { email = "nessuno@example.com", captcha = await CaptchaSolver.SolveAsync(client) });
        Assert.Equal(HttpStatusCode.Accepted, knownEmail.Item1);
        Assert.Equal(knownEmail, unknownEmail);

        var knownName = await Post("/api/accounts/recover-password", new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(client) });
        var unknownName = await Post("/api/accounts/recover-password", new { username = "nessuno-xyz", captcha = await CaptchaSolver.SolveAsync(client) });
        Assert.Equal(HttpStatusCode.Accepted, knownName.Item1);
        Assert.Equal(knownName, unknownName);

        var knownMobile = await Post("/api/accounts/mobile-change", new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(client) });
        var unknownMobile = await Post("/api/accounts/mobile-change", new { username = "nessuno-xyz", captcha = await CaptchaSolver.SolveAsync(client) });
        Assert.Equal(HttpStatusCode.Accepted, knownMobile.Item1);
        Assert.Equal(knownMobile, unknownMobile);
    }

    [Fact]
    public async Task Registering_a_taken_username_answers_like_a_new_one_and_the_email_explains()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        using var client = host.AnonymousClient();
        var first = TestOperator.New();
        using var created = await client.RegisterAsync(first);
        var taken = TestOperator.New(first.Username.ToUpperInvariant());
        using var again = await client.RegisterAsync(taken);
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        Assert.Equal(created.StatusCode, again.StatusCode);
        Assert.Equal(await created.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        var email = await Outbox.LatestAsync(client, taken.Email, "Registrazione non completata");
        Assert.Contains("non è disponibile", email.Body);
    }
}
