using System.Net;
using System.Net.Http.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

/// <summary>The ACS adapters against a fake endpoint that recomputes the HMAC signature of every call.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AcsMessagingTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Registration_email_and_sign_in_SMS_go_to_ACS_signed_with_the_access_key()
    {
        await using var acs = await FakeAcs.StartAsync();
        var endpoint = acs.Address.ToString().TrimEnd('/');
        await using var host = await AccountHosts.StartAsync(azurite, new Dictionary<string, string>
        {
            ["Portale:Messaging:Mode"] = "acs",
            ["Portale:Messaging:AccessKey"] = FakeAcs.AccessKey,
            ["Portale:Email:Endpoint"] = endpoint,
            ["Portale:Email:Sender"] = "DoNotReply@portale.example",
            ["Portale:Sms:Endpoint"] = endpoint,
            ["Portale:Sms:From"] = "Sportello",
        });
        using var client = host.AnonymousClient();
        var op = TestOperator.New();

        using (var registered = await client.RegisterAsync(op))
        {
            Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        }
        var email = Assert.Single(acs.Requests);
        Assert.True(email.SignatureValid);
        Assert.Equal("/emails:send", email.Path);
        Assert.Equal("?api-version=2023-03-31", email.Query);
        Assert.True(Guid.TryParse(email.Headers["Operation-Id"], out _));
        Assert.Equal("DoNotReply@portale.example", email.Body.GetProperty("senderAddress").GetString());
        Assert.Equal(op.Email, email.Body.GetProperty("recipients").GetProperty("to")[0].GetProperty("address").GetString());
        Assert.StartsWith("Conferma registrazione", email.Body.GetProperty("content").GetProperty("subject").GetString());
        var confirmLink = email.Body.GetProperty("content").GetProperty("plainText").GetString()!;
        var token = System.Text.RegularExpressions.Regex.Match(confirmLink, "token=([0-9a-f]{64})").Groups[1].Value;

        using (var confirmed = await client.GetAsync($"/api/accounts/confirm?token={token}"))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }
        var activation = acs.Requests.Last().Body.GetProperty("content").GetProperty("plainText").GetString()!;
        var temporary = System.Text.RegularExpressions.Regex.Match(activation, @"password: (\S+)").Groups[1].Value;
        var step = await client.LoginAsync(op.Username, temporary);
        await client.ChangePasswordAsync(step.GetProperty("challengeId").GetString()!, temporary, TestOperator.Password);

        var sms = acs.Requests.Last(r => r.Path == "/sms");
        Assert.True(sms.SignatureValid);
        Assert.Equal("?api-version=2021-03-07", sms.Query);
        Assert.Equal("Sportello", sms.Body.GetProperty("from").GetString());
        var recipient = sms.Body.GetProperty("smsRecipients")[0];
        Assert.Equal(op.Mobile, recipient.GetProperty("to").GetString());
        Assert.True(Guid.TryParse(recipient.GetProperty("repeatabilityRequestId").GetString(), out _));
        Assert.True(DateTimeOffset.TryParse(recipient.GetProperty("repeatabilityFirstSent").GetString(), out _));
        Assert.Matches(@"codice OTP per l'accesso al Portale è \d{6}", sms.Body.GetProperty("message").GetString());
        Assert.All(acs.Requests, r => Assert.True(r.SignatureValid));
    }
}
