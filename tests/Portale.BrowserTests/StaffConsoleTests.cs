using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.BrowserTests;

/// <summary>The people of issue 15's "Done when", each in Chromium on the local host with the demo data.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffConsoleTests(BrowserFixture browser, AzuriteProcess azurite)
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
    private const string Start = "Inizio dell’interruzione (ora italiana)";
    private const string End = "Ripresa prevista del servizio (ora italiana)";
    private const string Title = "Manutenzione programmata del portale";

    [Fact]
    public async Task The_help_desk_unlocks_a_locked_operator_who_then_signs_in()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        await LockTheDemoOperatorAsync(host);
        var page = await browser.Browser.NewPageAsync();

        await StaffSignIn.SignInAsync(page, host, "Anna Help desk", "Help desk");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/sportello");
        await StaffSignIn.Menu(page, "Sblocco e riattivazione utenti").ClickAsync();
        await page.GetByLabel("Username dell’operatore *").FillAsync("nessuno.cosi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sblocca", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#username-error")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/sportello/utenti (refused)");

        await page.GetByLabel("Username dell’operatore *").FillAsync(DemoOperator.Username);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sblocca", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("users-done")).ToContainTextAsync("è stato sbloccato");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/sportello/utenti");

        var operatorPage = await browser.Browser.NewPageAsync();
        await DemoSignIn.SignInAsync(operatorPage, host);
        await Assertions.Expect(operatorPage.GetByTestId("welcome")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_back_office_posts_a_planned_notice_refused_at_3_days_and_accepted_at_4()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync(new() { TimezoneId = "Europe/Rome" });
        await StaffSignIn.SignInAsync(page, host, "Bruno Back office", "Back office");
        await StaffSignIn.Menu(page, "Avvisi").ClickAsync();

        await page.GetByLabel("Tipo di avviso *").SelectOptionAsync("Intervento programmato");
        await Assertions.Expect(page.GetByTestId("notice-from-hint"))
            .ToContainTextAsync("almeno 4 giorni solari");
        await page.GetByLabel("Titolo *").FillAsync(Title);
        await page.GetByLabel("Testo *").FillAsync("Il portale non sarà disponibile durante l'intervento.");
        var now = DateTimeOffset.UtcNow;
        await page.GetByLabel(Start).FillAsync(RomeInput(now.AddDays(3)));
        await page.GetByLabel(End).FillAsync(RomeInput(now.AddDays(3).AddHours(4)));
        // Shown before saving: the rule and that this start is too near.
        await Assertions.Expect(page.Locator("#notice-from-error")).ToContainTextAsync("Inizio troppo vicino");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/sportello/avvisi (before saving)");

        await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica avviso" }).ClickAsync();
        await Assertions.Expect(page.Locator("#notice-from-error")).ToContainTextAsync("pubblicato il");
        // Nothing lost: the refused form keeps what was written.
        await Assertions.Expect(page.GetByLabel("Titolo *")).ToHaveValueAsync(Title);

        await page.GetByLabel(Start).FillAsync(RomeInput(now.AddDays(4).AddHours(1)));
        await page.GetByLabel(End).FillAsync(RomeInput(now.AddDays(4).AddHours(5)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica avviso" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice-saved")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("notice-list")).ToContainTextAsync(Title);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/sportello/avvisi");

        var status = await host.Client.GetFromJsonAsync<JsonElement>("/api/status");
        Assert.Contains(status.GetProperty("notices").EnumerateArray(),
            n => n.GetProperty("title").GetString() == Title);
    }

    [Fact]
    public async Task A_read_only_person_sees_the_dashboard_and_the_audit_and_cannot_reach_what_changes_things()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync();
        await StaffSignIn.SignInAsync(page, host, "Rita Consultazione", "Consultazione");

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Funzioni della console" })
            .GetByRole(AriaRole.Link);
        Assert.Equal(
            ["Inizio", "Cruscotto delle società", "Società", "Lettere in pubblicazione", "Registro delle attività"],
            (await menu.AllTextContentsAsync()).Select(t => t.Trim()));
        await StaffSignIn.Menu(page, "Cruscotto delle società").ClickAsync();
        // One row per company (the demo's three), each row marked dashboard-table.
        var energy = page.GetByTestId("dashboard-table").Filter(new() { HasText = DemoLetters.Energy });
        await Assertions.Expect(energy).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/sportello/cruscotto");
        var changes = new System.Text.RegularExpressions.Regex("Sblocca|Riattiva|Pubblica|Ritira|Registra|Elimina");
        Assert.Equal(0, await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { NameRegex = changes }).CountAsync());

        await StaffSignIn.Menu(page, "Registro delle attività").ClickAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "Registro delle attività" });
        await Assertions.Expect(heading).ToBeVisibleAsync();
        var empty = page.GetByText("Nessuna registrazione in questo giorno.");
        // Either the empty day, or the day's records (one element per row): the first of them is enough.
        await Assertions.Expect(empty.Or(page.GetByTestId("audit-table")).First).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/sportello/registro-attivita");

        foreach (var path in new[] { "/sportello/avvisi", "/sportello/utenti" })
        {
            await page.GotoAsync(new Uri(host.Address, path).ToString());
            await Assertions.Expect(page.GetByTestId("staff-forbidden")).ToBeVisibleAsync();
            Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Sblocca" }).CountAsync());
            Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica avviso" }).CountAsync());
        }
    }

    /// <summary>Five wrong SMS codes in a row, as in the manual: the demo operator is locked out.</summary>
    private static async Task LockTheDemoOperatorAsync(PortaleHost host)
    {
        using var anonymous = host.AnonymousClient();
        var step = await anonymous.LoginAsync(DemoOperator.Username, DemoOperator.Password);
        var challengeId = step.GetProperty("challengeId").GetString()!;
        var right = await Outbox.LatestCodeAsync(anonymous, DemoOperator.Mobile);
        var wrong = right == "000000" ? "111111" : "000000";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await anonymous.PostAsJsonAsync("/api/auth/otp", new { challengeId, code = wrong })).Dispose();
        }
        using var locked = await anonymous.PostAsJsonAsync(
            "/api/auth/login", new { username = DemoOperator.Username, password = DemoOperator.Password });
        Assert.Equal("account-locked", (await locked.ProblemAsync()).GetProperty("code").GetString());
    }

    private static string RomeInput(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Rome)
            .ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
