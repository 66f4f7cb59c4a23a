using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

/// <summary>The helper other features' tests use: real sign-in, and the same id twice is the same user.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OperatorClientTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Same_id_signs_in_the_same_user_again_even_after_the_clock_moved_past_expiry()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var id = "op-" + Guid.NewGuid().ToString("N")[..10];
        using (var first = await host.OperatorClientAsync(id, "acme-energia"))
        {
            var me = await first.GetFromJsonAsync<JsonElement>("/api/me");
            Assert.Equal(id, me.GetProperty("username").GetString());
        }
        await host.SetClockAsync(AccountHosts.Start.AddMonths(7));
        using var second = await host.OperatorClientAsync(id, "altra-societa");
        var again = await second.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(["acme-energia", "altra-societa"], again.GetProperty("companies").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/me")).StatusCode);
    }
}
