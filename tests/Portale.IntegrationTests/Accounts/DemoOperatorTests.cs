using System.Net;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.IntegrationTests.Accounts;

[Collection(AzuriteCollection.Name)]
public sealed class DemoOperatorTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task A_seeded_local_run_has_a_demo_operator_who_signs_in_with_the_OTP_from_the_outbox()
    {
        await using var host = await AccountHosts.StartAsync(azurite, new Dictionary<string, string> { ["Portale:Demo:Seed"] = "true" });
        var demo = new TestOperator(DemoOperator.Username, "demo.operatore@example.com", DemoOperator.Mobile, DemoOperator.FiscalCode);
        using var session = await host.SignInAsync(demo, DemoOperator.Password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/me")).StatusCode);
    }
}
