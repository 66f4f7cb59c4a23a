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
        // The screens show the company's name, not its id (issue #10).
        Assert.Equal("Energia Demo S.p.A.", me.GetProperty("companyNames").GetProperty(DemoLetters.Energy).GetString());
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
        using var staff = await host.StaffClientAsync(Portale.Functions.Security.StaffRoles.BackOffice);
        var companies = await staff.GetFromJsonAsync<JsonElement>("/api/backoffice/companies");
        Assert.Equal(1, companies.GetProperty("items").EnumerateArray().Count(c => c.GetProperty("id").GetString() == DemoLetters.Energy));

        // Sections 4, 6 and 7 of energia-demo: two solleciti, one communication, one invio fallito.
        using var user = await host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], DemoLetters.Energy);
        var company = $"/api/companies/{DemoLetters.Energy}";
        var reminders = await user.GetFromJsonAsync<JsonElement>($"{company}/reminders");
        Assert.Equal(["S-P-26-9000006_01.PDF", "S-P-26-9000007_01.PDF"], reminders.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal("L-P-26-9000006_01.PDF", reminders.GetProperty("items")[0].GetProperty("letter").GetProperty("name").GetString());
        // Uploads are judged by the blob-triggered processing, as any upload.
        var sent = Assert.Single(await ItemsOnceProcessedAsync(user, $"{company}/communications?pageSize=100"));
        Assert.Equal(("integrazione-9000005.pdf", "Integrazione"), (sent.GetProperty("file").GetString(), sent.GetProperty("label").GetString()));
        var refused = Assert.Single(await ItemsOnceProcessedAsync(user, $"{company}/failed-uploads?pageSize=100"));
        Assert.Equal(("allegati.pdf", "Il formato del file 'allegati.pdf' non è valido", DemoOperator.UserId),
            (refused.GetProperty("file").GetString(), refused.GetProperty("reason").GetString(), refused.GetProperty("user").GetString()));
    }

    private static async Task<List<JsonElement>> ItemsOnceProcessedAsync(HttpClient user, string path) =>
        (await Eventually.ReturnsAsync(() => user.GetFromJsonAsync<JsonElement>(path), l => l.GetProperty("total").GetInt32() > 0, TimeSpan.FromSeconds(60)))
            .GetProperty("items").EnumerateArray().ToList();
}
