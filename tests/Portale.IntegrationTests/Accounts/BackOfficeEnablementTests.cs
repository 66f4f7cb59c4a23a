using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

[Collection(AzuriteCollection.Name)]
public sealed class BackOfficeEnablementTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Back_office_enables_and_disables_a_user_for_companies_disabling_ends_the_sessions_and_the_profile_shows_them()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        using var session = await host.SignUpAndSignInAsync(op);
        using var backOffice = await host.StaffClientAsync(StaffRoles.BackOffice);

        using (var unregistered = await backOffice.PutAsync($"/api/backoffice/companies/non-registrata/users/{op.Username}", null))
        {
            Assert.Equal(HttpStatusCode.NotFound, unregistered.StatusCode);
        }
        foreach (var company in new[] { "acqua-spa", "energia-srl" })
        {
            using var registered = await backOffice.PutAsJsonAsync($"/api/backoffice/companies/{company}", new
            {
                name = company, vatNumber = "12345678903", pecAddress = $"{company}@pec.example.it", sectors = new[] { "water" },
            });
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
            using var enabled = await backOffice.PutAsync($"/api/backoffice/companies/{company}/users/{op.Username}", null);
            Assert.Equal(HttpStatusCode.NoContent, enabled.StatusCode);
        }
        var me = await session.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(["acqua-spa", "energia-srl"], me.GetProperty("companies").EnumerateArray().Select(c => c.GetString()));

        using (var disabled = await backOffice.DeleteAsync($"/api/backoffice/companies/acqua-spa/users/{op.Username}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        }
        // Disabling ends the user's sessions (issue 12, item 3); the next sign-in sees the companies left.
        using (var ended = await session.GetAsync("/api/me"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        }
        using var again = await host.SignInAsync(op);
        me = await again.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(["energia-srl"], me.GetProperty("companies").EnumerateArray().Select(c => c.GetString()));

        using (var unknown = await backOffice.PutAsync("/api/backoffice/companies/acqua-spa/users/nessuno-xyz", null))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }
        using var helpDesk = await host.StaffClientAsync(StaffRoles.HelpDesk);
        using var forbidden = await helpDesk.PutAsync($"/api/backoffice/companies/acqua-spa/users/{op.Username}", null);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
