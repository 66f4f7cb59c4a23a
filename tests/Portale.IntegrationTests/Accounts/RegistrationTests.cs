using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

[Collection(AzuriteCollection.Name)]
public sealed class RegistrationTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Places_answer_from_the_third_letter_with_province_and_region()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var two = await host.Client.GetFromJsonAsync<JsonElement>("/api/places?q=Ro");
        Assert.Empty(two.GetProperty("items").EnumerateArray());
        var three = await host.Client.GetFromJsonAsync<JsonElement>("/api/places?q=Rom");
        var roma = three.GetProperty("items").EnumerateArray().First(p => p.GetProperty("code").GetString() == "H501");
        Assert.Equal("ROMA (RM)", roma.GetProperty("label").GetString());
        Assert.Equal("Lazio", roma.GetProperty("region").GetString());
        var albania = await host.Client.GetFromJsonAsync<JsonElement>("/api/places?q=Alba");
        Assert.Contains(albania.GetProperty("items").EnumerateArray(), p => p.GetProperty("code").GetString() == "Z100");
    }

    [Fact]
    public async Task Inconsistent_fiscal_code_asks_for_confirmation_then_saves()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        using var client = host.AnonymousClient();
        var op = TestOperator.New();
        using (var warned = await client.RegisterAsync(op, fiscalCodeConfirmed: false))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, warned.StatusCode);
            var problem = await warned.ProblemAsync();
            Assert.Equal("fiscal-code-confirm", problem.GetProperty("code").GetString());
            Assert.NotEmpty(problem.GetProperty("warnings").EnumerateArray());
        }
        using (var confirmed = await client.RegisterAsync(op, fiscalCodeConfirmed: true))
        {
            Assert.Equal(HttpStatusCode.Accepted, confirmed.StatusCode);
        }
        await Outbox.LatestAsync(client, op.Email, "Conferma registrazione");
    }

    [Fact]
    public async Task Field_errors_come_back_per_field_in_Italian()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        using var client = host.AnonymousClient();
        using var response = await client.PostAsJsonAsync("/api/accounts", new { username = "a b", email = "utente@pec.it", privacyConsent = false });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        foreach (var field in new[] { "username", "firstName", "lastName", "email", "birthDate", "sex", "birthplaceCode", "fiscalCode", "mobile", "howHeard", "privacyConsent" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }
    }

    [Fact]
    public async Task A_mobile_of_another_fiscal_code_is_refused_only_to_whoever_receives_its_codes()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        using var client = host.AnonymousClient();
        var holder = TestOperator.New();
        (await host.SignUpAndSignInAsync(holder)).Dispose();
        var sameMobileSameCode = TestOperator.New() with { Mobile = holder.Mobile };
        (await host.SignUpAndSignInAsync(sameMobileSameCode)).Dispose();

        // The registration answers alike whether the number is free or another codice fiscale's: no oracle.
        var otherPerson = TestOperator.New() with { Mobile = holder.Mobile, FiscalCode = "DLCGFR01A01Z100K" };
        var freeNumber = TestOperator.New() with { FiscalCode = "DLCGFR01A01Z100K" };
        using var taken = await client.RegisterAsync(otherPerson);
        using var free = await client.RegisterAsync(freeNumber);
        Assert.Equal(HttpStatusCode.Accepted, taken.StatusCode);
        Assert.Equal(free.StatusCode, taken.StatusCode);
        Assert.Equal(await free.Content.ReadAsStringAsync(), await taken.Content.ReadAsStringAsync());

        // Whoever receives the number's codes learns it is taken, and nothing opens.
        using var anonymous = host.AnonymousClient();
        var confirmation = await Outbox.LatestAsync(anonymous, otherPerson.Email, "Conferma registrazione");
        (await anonymous.GetAsync($"/api/accounts/confirm?token={Outbox.Token(confirmation)}")).Dispose();
        var temporary = Outbox.TemporaryPassword(await Outbox.LatestAsync(anonymous, otherPerson.Email, "Attivazione account"));
        var step = await anonymous.LoginAsync(otherPerson.Username, temporary);
        step = await anonymous.ChangePasswordAsync(step.GetProperty("challengeId").GetString()!, temporary, TestOperator.Password);
        var code = await Outbox.LatestCodeAsync(anonymous, holder.Mobile);
        using var refused = await anonymous.PostAsJsonAsync("/api/auth/otp", new { challengeId = step.GetProperty("challengeId").GetString(), code });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.ProblemAsync();
        Assert.Equal("mobile-in-use", problem.GetProperty("code").GetString());
        Assert.False(refused.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain(TestOperator.DefaultFiscalCode, await refused.Content.ReadAsStringAsync());
        using var holderAgain = await host.SignInAsync(holder);
        Assert.Equal(HttpStatusCode.OK, (await holderAgain.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Captcha_is_required_signed_and_single_use()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        using var client = host.AnonymousClient();
        var op = TestOperator.New();
        using (var missing = await client.PostAsJsonAsync("/api/accounts", op.Form(captcha: "")))
        {
            Assert.Equal("captcha-invalid", (await missing.ProblemAsync()).GetProperty("code").GetString());
        }
        var solved = await CaptchaSolver.SolveAsync(client);
        var forged = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
            System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(solved)).Replace("\"signature\":\"", "\"signature\":\"0")[..^2] + "\"}"));
        using (var tampered = await client.PostAsJsonAsync("/api/accounts", op.Form(forged)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        }
        using (var ok = await client.PostAsJsonAsync("/api/accounts", op.Form(solved)))
        {
            Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        }
        using var replay = await client.PostAsJsonAsync("/api/accounts", TestOperator.New().Form(solved));
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("captcha-invalid", (await replay.ProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Captcha_expires()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        using var client = host.AnonymousClient();
        var solved = await CaptchaSolver.SolveAsync(client);
        await host.SetClockAsync(AccountHosts.Start.AddMinutes(11));
        using var late = await client.PostAsJsonAsync("/api/accounts", TestOperator.New().Form(solved));
        Assert.Equal("captcha-invalid", (await late.ProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_username_never_confirmed_within_three_days_can_be_registered_again()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        using var client = host.AnonymousClient();
        var squatter = TestOperator.New();
        (await client.RegisterAsync(squatter)).Dispose();
        var first = await Outbox.LatestAsync(client, squatter.Email, "Conferma registrazione");

        var early = TestOperator.New(squatter.Username);
        (await client.RegisterAsync(early)).Dispose();
        await Outbox.LatestAsync(client, early.Email, "Registrazione non completata");

        await host.SetClockAsync(AccountHosts.Start.AddDays(3).AddMinutes(1));
        var owner = TestOperator.New(squatter.Username);
        (await client.RegisterAsync(owner)).Dispose();
        await Outbox.LatestAsync(client, owner.Email, "Conferma registrazione");
        using var stale = await client.GetAsync($"/api/accounts/confirm?token={Outbox.Token(first)}");
        Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode);
    }
}
