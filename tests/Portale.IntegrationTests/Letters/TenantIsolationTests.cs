using System.Net;
using System.Text;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Http;

namespace Portale.IntegrationTests.Letters;

[Collection(AzuriteCollection.Name)]
public sealed class TenantIsolationTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Every_company_scoped_route_answers_404_with_no_leak_for_another_company_or_its_letters()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 3, 19));
        var mine = await s.CompanyAsync("mine");
        var theirs = await s.CompanyAsync("theirs");
        var theirLetter = await s.StageAsync(LetterScenario.Fields(theirs, customer: "Cliente Riservato"));
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], mine);

        var routes = FunctionRequests.HttpFunctions(s.Host)
            .Where(f => FunctionMethods.PolicyOf<OperatorOnlyAttribute>(f.Method) is not null)
            .Select(f => (Function: f, Route: HttpFunctionEndpoints.RouteOf(f)))
            .Where(r => r.Route.Contains("{companyId}"))
            .ToList();
        Assert.True(routes.Count >= 7, $"only {routes.Count} company routes found");
        foreach (var (function, route) in routes)
        {
            foreach (var company in new[] { theirs, mine })
            {
                if (company == mine && !route.Contains("{name}"))
                {
                    continue;
                }
                var path = "/" + route.Replace("{companyId}", company).Replace("{name}", theirLetter);
                var method = ((Microsoft.Azure.Functions.Worker.HttpTriggerAttribute)function.TriggerAttribute).Methods!.First().ToUpperInvariant();
                using var request = new HttpRequestMessage(new HttpMethod(method), path + (method == "GET" && path.EndsWith("/letters") ? "?section=new" : ""));
                if (method != "GET")
                {
                    request.Content = new StringContent($$"""{"letters":["{{theirLetter}}"],"text":"x","days":1}""", Encoding.UTF8, "application/json");
                }
                using var response = await user.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {(int)response.StatusCode} {body}");
                Assert.DoesNotContain("Riservato", body);
                Assert.DoesNotContain(theirLetter, body);
            }
        }
    }
}
