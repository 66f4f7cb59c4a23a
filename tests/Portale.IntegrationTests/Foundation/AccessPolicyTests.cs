using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Foundation;

[Collection(AzuriteCollection.Name)]
public sealed class AccessPolicyTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Staff_route_needs_a_token_with_the_role()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true);
        using (var anonymous = await host.Client.GetAsync("/api/probe/staff"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal("staff-unauthenticated", (await anonymous.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }
        using (var helpDesk = await host.StaffClientAsync(StaffRoles.HelpDesk))
        using (var forbidden = await helpDesk.GetAsync("/api/probe/staff"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }
        using var backOffice = await host.StaffClientAsync(StaffRoles.BackOffice);
        var ok = await backOffice.GetFromJsonAsync<JsonElement>("/api/probe/staff");
        Assert.Equal("Operatore Sportello", ok.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Staff_token_from_another_key_is_refused()
    {
        await using var issuer = await PortaleHost.StartAsync(azurite, withTestFunctions: true);
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true);
        using var foreign = await issuer.StaffClientAsync(StaffRoles.BackOffice);
        using var response = await foreign.GetAsync(new Uri(host.Address, "/api/probe/staff"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Operator_route_needs_a_session()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true);
        using var response = await host.Client.GetAsync("/api/probe/companies/acme/whoami");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unauthenticated", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Operator_sees_only_companies_they_are_enabled_for()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true);
        using var client = await host.OperatorClientAsync($"user-{Guid.NewGuid():N}", "acme-energia");
        var mine = await client.GetFromJsonAsync<JsonElement>("/api/probe/companies/acme-energia/whoami");
        Assert.Equal("acme-energia", mine.GetProperty("companyId").GetString());

        using var other = await client.GetAsync("/api/probe/companies/altra-societa/whoami");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("La risorsa richiesta non esiste.", (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task State_changing_operator_call_needs_the_csrf_header()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true);
        using var client = await host.OperatorClientAsync($"user-{Guid.NewGuid():N}", "acme-energia");
        client.DefaultRequestHeaders.Remove(CsrfHeader.Name);
        using var response = await client.PostAsync("/api/probe/companies/acme-energia/whoami", null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Ended_or_unknown_session_is_refused()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true);
        using var client = host.NewClient();
        client.DefaultRequestHeaders.Add("Cookie", $"{SessionCookie.Name}={new string('a', 64)}");
        using var response = await client.GetAsync("/api/probe/companies/acme-energia/whoami");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
