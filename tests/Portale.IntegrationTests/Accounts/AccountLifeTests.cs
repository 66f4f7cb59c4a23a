using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

[Collection(AzuriteCollection.Name)]
public sealed class AccountLifeTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Register_confirm_change_temporary_password_otp_profile_logout()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        using var anonymous = host.AnonymousClient();
        var op = TestOperator.New();

        using (var registered = await anonymous.RegisterAsync(op))
        {
            Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        }
        var confirmation = await Outbox.LatestAsync(anonymous, op.Email, "Conferma registrazione");
        Assert.Contains($"Lo username prescelto per l'accesso al Suo account è {op.Username}.", confirmation.Body);
        Assert.Contains("Desideriamo ricordarle che dovrà aggiornare la sua password ogni 3 mesi", confirmation.Body);

        using (var beforeConfirm = await anonymous.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = "Qualsiasi1!" }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, beforeConfirm.StatusCode);
        }
        using (var confirmed = await anonymous.GetAsync($"/api/accounts/confirm?token={Outbox.Token(confirmation)}"))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }
        using (var again = await anonymous.GetAsync($"/api/accounts/confirm?token={Outbox.Token(confirmation)}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }
        var activation = await Outbox.LatestAsync(anonymous, op.Email, "Attivazione account");
        Assert.Contains("l'account richiesto è stato correttamente attivato", activation.Body);
        var temporary = Outbox.TemporaryPassword(activation);

        var first = await anonymous.LoginAsync(op.Username, temporary);
        Assert.Equal("change-password", first.GetProperty("next").GetString());
        Assert.Equal("temporary", first.GetProperty("reason").GetString());
        var challengeId = first.GetProperty("challengeId").GetString()!;

        using (var weak = await anonymous.PostAsJsonAsync("/api/auth/password", new { challengeId, currentPassword = temporary, newPassword = "mario123", confirmPassword = "mario123" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
            var errors = (await weak.ProblemAsync()).GetProperty("errors").GetProperty("newPassword").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Contains("La password deve contenere almeno un carattere minuscolo, un carattere maiuscolo, un numero e un carattere speciale", errors);
            Assert.Contains("La password non deve contenere username, nome o cognome", errors);
        }
        using (var sameAsTemporary = await anonymous.PostAsJsonAsync("/api/auth/password", new { challengeId, currentPassword = temporary, newPassword = temporary, confirmPassword = temporary }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, sameAsTemporary.StatusCode);
        }
        var otpStep = await anonymous.ChangePasswordAsync(challengeId, temporary, TestOperator.Password);
        Assert.Equal("otp", otpStep.GetProperty("next").GetString());
        // The new password is stored (and the user told) only when the mobile's code comes back.
        Assert.DoesNotContain("Modifica password", (await Outbox.ForAsync(anonymous, op.Email))[0].Subject);

        var sessionId = await anonymous.CompleteOtpAsync(otpStep.GetProperty("challengeId").GetString()!, op.Mobile);
        Assert.Contains("Modifica password", (await Outbox.ForAsync(anonymous, op.Email))[0].Subject);
        using var session = host.SessionClient(sessionId);

        var me = await session.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(op.Username, me.GetProperty("username").GetString());
        Assert.Equal(op.Mobile, me.GetProperty("mobile").GetString());
        Assert.Equal("ROMA (RM)", me.GetProperty("birthplaceLabel").GetString());
        Assert.Equal("M", me.GetProperty("sex").GetString());
        Assert.Equal("1985-12-10", me.GetProperty("birthDate").GetString());
        Assert.Empty(me.GetProperty("companies").EnumerateArray());

        using (var update = await session.PutAsJsonAsync("/api/me", new
        {
            firstName = "Mario", lastName = "Rossi", birthDate = "1985-12-10", sex = "M", birthplaceCode = "H501",
            landline = "06 12345678", howHeard = "Bolletta", fiscalCodeConfirmed = true,
            email = "altro@example.com", username = "altro", fiscalCode = "DLCGFR01A01Z100K",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
            var updated = await update.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Bolletta", updated.GetProperty("howHeard").GetString());
            Assert.Equal("+390612345678", updated.GetProperty("landline").GetString());
            Assert.Equal(op.Email, updated.GetProperty("email").GetString());
            Assert.Equal(op.Username, updated.GetProperty("username").GetString());
            Assert.Equal(TestOperator.DefaultFiscalCode, updated.GetProperty("fiscalCode").GetString());
        }
        Assert.Contains("Modifica profilo", (await Outbox.ForAsync(anonymous, op.Email))[0].Subject);

        using (var logout = await session.PostAsync("/api/auth/logout", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        }
        using var afterLogout = await session.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, afterLogout.StatusCode);
    }

    [Fact]
    public async Task Signed_in_user_changes_password_and_cannot_reuse_the_last_three()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        using var session = await host.SignUpAndSignInAsync(op);

        using (var reuse = await session.PostAsJsonAsync("/api/auth/password", new { currentPassword = TestOperator.Password, newPassword = TestOperator.Password, confirmPassword = TestOperator.Password }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, reuse.StatusCode);
            Assert.Contains("La password non può essere uguale a una delle ultime tre inserite",
                (await reuse.ProblemAsync()).GetProperty("errors").GetProperty("newPassword").EnumerateArray().Select(e => e.GetString()));
        }
        using (var changed = await session.PostAsJsonAsync("/api/auth/password", new { currentPassword = TestOperator.Password, newPassword = TestOperator.NewPassword, confirmPassword = TestOperator.NewPassword }))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }
        using var withoutCsrf = host.NewClient();
        withoutCsrf.DefaultRequestHeaders.Add("Cookie", session.DefaultRequestHeaders.GetValues("Cookie").Single());
        using (var csrf = await withoutCsrf.PostAsJsonAsync("/api/auth/password", new { currentPassword = TestOperator.NewPassword, newPassword = "Zz8#pQw3!kM", confirmPassword = "Zz8#pQw3!kM" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, csrf.StatusCode);
        }
        using var again = await host.SignInAsync(op, TestOperator.NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/me")).StatusCode);
    }
}
