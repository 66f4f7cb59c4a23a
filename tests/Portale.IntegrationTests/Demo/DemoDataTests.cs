using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.IntegrationTests.Demo;

/// <summary>The run command's demo data: the demo operator signs in for real and finds letters in every section.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DemoDataTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Demo_operator_signs_in_and_sees_letters_of_two_companies_but_not_the_third()
    {
        var settings = new Dictionary<string, string> { ["Portale:Demo:Seed"] = "true", ["Portale:Clock:Now"] = "2026-04-14T10:00:00+02:00" };
        await using var host = await PortaleHost.StartAsync(azurite, settings: settings);
        using var anonymous = host.AnonymousClient();
        var step = await anonymous.LoginAsync(DemoOperator.Username, DemoOperator.Password);
        Assert.Equal("otp", step.GetProperty("next").GetString());
        using var operatorClient = host.SessionClient(await anonymous.CompleteOtpAsync(step.GetProperty("challengeId").GetString()!, DemoOperator.Mobile));

        var me = await operatorClient.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal([DemoLetters.Water, DemoLetters.Energy], me.GetProperty("companies").EnumerateArray().Select(c => c.GetString()).Order());
        foreach (var section in new[] { "new", "to-work", "cc" })
        {
            var list = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/companies/{DemoLetters.Energy}/letters?section={section}");
            Assert.True(list.GetProperty("total").GetInt32() > 0, $"section {section} of {DemoLetters.Energy} is empty");
        }
        var water = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/companies/{DemoLetters.Water}/letters?section=new");
        Assert.True(water.GetProperty("total").GetInt32() > 0);
        using var other = await operatorClient.GetAsync($"/api/companies/{DemoLetters.Other}/letters?section=new");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        var settings = new Dictionary<string, string> { ["Portale:Demo:Seed"] = "true" };
        await using (await PortaleHost.StartAsync(azurite, settings: settings))
        {
        }
        await using var host = await PortaleHost.StartAsync(azurite, settings: settings);
        using var staff = await host.StaffClientAsync(Portale.Functions.Auth.StaffRoles.BackOffice);
        var companies = await staff.GetFromJsonAsync<JsonElement>("/api/backoffice/companies");
        Assert.Equal(1, companies.GetProperty("items").EnumerateArray().Count(c => c.GetProperty("id").GetString() == DemoLetters.Energy));
    }
}
