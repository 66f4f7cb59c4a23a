using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portale.Functions.Webhooks;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using Portale.IntegrationTests.Uploads;
using static Portale.IntegrationTests.Clients.ClientScenario;

namespace Portale.IntegrationTests.Clients;

/// <summary>
/// Webhooks (issue 16 item 3): each item of the company's feed is POSTed by a timer to a local receiver,
/// signed as published, retried after a 500 once its back-off has passed, and a receiver that hangs
/// delays no upload.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WebhookTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task A_feed_item_reaches_the_receiver_signed_is_retried_after_a_500_and_a_hanging_receiver_slows_no_upload()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2027, 5, 12),
            new Dictionary<string, string> { ["Portale:Webhooks:TimeoutSeconds"] = "6" });
        var company = await s.CompanyAsync("hook");
        var first = await s.StageAsync(LetterScenario.Fields(company));
        var second = await s.StageAsync(LetterScenario.Fields(company));
        await s.PublishNightAsync();
        var username = $"hook-{Guid.NewGuid():N}"[..20];
        using var user = await s.Host.OperatorClientAsync(username, company);
        var crm = await CreateAsync(s.Host, user, username, company, "CRM con webhook", "read-letters", "send-answers");
        using var system = await SystemAsync(s.Host, crm);
        await using var receiver = new WebhookReceiver();
        var hook = $"/api/companies/{company}/clients/{crm.ClientId}/webhook";

        using (var refused = await system.PutAsJsonAsync(hook, new { url = "https://10.0.0.7/hook" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("webhook-url-invalid", (await refused.ProblemAsync()).GetProperty("code").GetString());
        }
        var registered = await LetterScenario.JsonAsync(await system.PutAsJsonAsync(hook, new { url = receiver.Url }));
        var secret = registered.GetProperty("signingSecret").GetString()!;

        // The first delivery meets a 500: recorded, and not tried again before its back-off.
        receiver.Answer = () => Task.FromResult(500);
        (await system.GetAsync($"/api/companies/{company}/letters/{first}/pdf")).EnsureSuccessStatusCode();
        await RunDeliveryAsync(s);
        var failed = Assert.Single(receiver.Requests);
        AssertSigned(failed, secret);
        Assert.Equal("download", failed.Event);
        Assert.Equal(first, JsonDocument.Parse(failed.Body).RootElement.GetProperty("letter").GetString());
        Assert.Equal($"/api/companies/{company}/letters/{first}/pdf", JsonDocument.Parse(failed.Body).RootElement.GetProperty("document").GetString());
        var state = await LetterScenario.GetJsonAsync(user, hook);
        Assert.Equal(1, state.GetProperty("webhook").GetProperty("failedAttempts").GetInt32());
        Assert.Equal("HTTP 500", state.GetProperty("failures")[0].GetProperty("reason").GetString());
        await RunDeliveryAsync(s);
        Assert.Single(receiver.Requests);

        // After the back-off the same item goes again, and this time it is taken.
        receiver.Answer = () => Task.FromResult(200);
        await s.Host.SetClockAsync(state.GetProperty("webhook").GetProperty("nextAttemptAt").GetDateTimeOffset().AddSeconds(1));
        await RunDeliveryAsync(s);
        Assert.Equal(2, receiver.Requests.Count);
        var retried = receiver.Requests.Last();
        AssertSigned(retried, secret);
        Assert.Equal(failed.Delivery, retried.Delivery);
        Assert.Equal(0, (await LetterScenario.GetJsonAsync(user, hook)).GetProperty("webhook").GetProperty("failedAttempts").GetInt32());
        await RunDeliveryAsync(s);
        Assert.Equal(2, receiver.Requests.Count);

        // A receiver that hangs: the delivery waits for it (up to its timeout), an upload meanwhile does not.
        var release = new TaskCompletionSource();
        receiver.Answer = async () =>
        {
            await release.Task;
            return 200;
        };
        (await system.GetAsync($"/api/companies/{company}/letters/{second}/pdf")).EnsureSuccessStatusCode();
        var delivery = RunDeliveryAsync(s);
        await Eventually.ReturnsAsync(() => Task.FromResult(receiver.Requests.Count), n => n == 3);
        var clock = Stopwatch.StartNew();
        using (var upload = await UploadScenario.PostAsync(system, company, "answer", "risposta.pdf", TestPdfs.OnePage(), [second]))
        {
            Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        }
        Assert.False(delivery.IsCompleted, $"the delivery ended before the upload was accepted ({clock.ElapsedMilliseconds} ms)");
        await delivery;
        release.SetResult();
        state = await LetterScenario.GetJsonAsync(user, hook);
        Assert.Equal("timeout", state.GetProperty("failures")[0].GetProperty("reason").GetString());
    }

    private static async Task RunDeliveryAsync(LetterScenario s)
    {
        using var run = await s.Host.Client.PostAsync($"/admin/functions/{WebhookFunctions.Deliver}", null);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
    }

    /// <summary>What a receiver does: recompute the HMAC over "t.body" with the signing secret.</summary>
    private static void AssertSigned(WebhookReceiver.Received received, string secret)
    {
        var parts = received.Signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(parts["t"] + "." + received.Body))).ToLowerInvariant();
        Assert.Equal(expected, parts["v1"]);
    }
}
