using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

[Collection(AzuriteCollection.Name)]
public sealed class BackOfficeUserSearchTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Staff_find_accounts_by_prefix_of_username_name_fiscal_code_or_email_with_their_state_and_companies()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var tag = new string([.. Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + c % 26))]);
        var first = TestOperator.New($"cerca{tag}a") with { Email = $"Posta.{tag}@example.com" };
        var second = TestOperator.New($"cerca{tag}b");
        using var firstSession = await host.SignUpAndSignInAsync(first);
        using var secondSession = await host.SignUpAndSignInAsync(second);
        using var backOffice = await host.StaffClientAsync(StaffRoles.BackOffice);
        var company = $"ricerca-{tag}";
        (await backOffice.PutAsJsonAsync($"/api/backoffice/companies/{company}", new
        {
            name = "Ricerca S.p.A.", vatNumber = "12345678903", pecAddress = $"{company}@pec.example.it", sectors = new[] { "energy" },
        })).EnsureSuccessStatusCode();
        (await backOffice.EnableUserAsync(company, first.Username)).EnsureSuccessStatusCode();
        // A name changed on the profile is found by the new name only.
        using (var renamed = await secondSession.PutAsJsonAsync("/api/me", new
        {
            firstName = "Giuseppina", lastName = $"Verdì{tag}", birthDate = "1985-12-10", sex = "M", birthplaceCode = "H501",
            landline = (string?)null, howHeard = "Passaparola", fiscalCodeConfirmed = true,
        }))
        {
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        }

        foreach (var role in new[] { StaffRoles.BackOffice, StaffRoles.HelpDesk, StaffRoles.ReadOnly })
        {
            using var staff = await host.StaffClientAsync(role);
            var byUsername = await staff.GetFromJsonAsync<JsonElement>($"/api/backoffice/users?q=CERCA{tag}");
            Assert.Equal(2, byUsername.GetProperty("total").GetInt32());
            Assert.Equal([first.Username, second.Username],
                byUsername.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("username").GetString()));
        }
        using var readOnly = await host.StaffClientAsync(StaffRoles.ReadOnly);
        var byEmail = await readOnly.GetFromJsonAsync<JsonElement>($"/api/backoffice/users?q=posta.{tag}");
        var found = Assert.Single(byEmail.GetProperty("items").EnumerateArray());
        Assert.Equal(first.Username, found.GetProperty("username").GetString());
        Assert.Equal("active", found.GetProperty("state").GetString());
        Assert.Equal(company, found.GetProperty("companies")[0].GetProperty("id").GetString());
        Assert.Equal("Ricerca S.p.A.", found.GetProperty("companies")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.String, found.GetProperty("passwordExpiresAt").ValueKind);

        var byNewName = await readOnly.GetFromJsonAsync<JsonElement>($"/api/backoffice/users?q={Uri.EscapeDataString("giuseppina verdi" + tag)}");
        Assert.Equal(second.Username, Assert.Single(byNewName.GetProperty("items").EnumerateArray()).GetProperty("username").GetString());
        var locked = await readOnly.GetFromJsonAsync<JsonElement>($"/api/backoffice/users?q=cerca{tag}&state=locked");
        Assert.Equal(0, locked.GetProperty("total").GetInt32());

        // Paged in username order with a cursor bound to the search.
        var page = await readOnly.GetFromJsonAsync<JsonElement>($"/api/backoffice/users?q=cerca{tag}&pageSize=10&state=active");
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);

        var detail = await readOnly.GetFromJsonAsync<JsonElement>($"/api/backoffice/users/{first.Username.ToUpperInvariant()}");
        Assert.Equal(first.Username, detail.GetProperty("username").GetString());
        Assert.False(detail.GetProperty("pendingMobileChange").GetBoolean());
        var masked = detail.GetProperty("mobileMasked").GetString()!;
        Assert.StartsWith("+39333", masked);
        Assert.EndsWith(first.Mobile[^2..], masked);
        Assert.DoesNotContain(first.Mobile[6..^2], masked);

        using (var unknown = await readOnly.GetAsync("/api/backoffice/users/nessuno-xyz"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }
        using (var badState = await readOnly.GetAsync("/api/backoffice/users?state=bloccato"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, badState.StatusCode);
        }
        using (var operatorCall = await firstSession.GetAsync($"/api/backoffice/users?q=cerca{tag}"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, operatorCall.StatusCode);
        }
    }
}
