using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.BrowserTests;

/// <summary>
/// A new person's way in (manual ch. 2, 3, 5.1), as they do it in the browser: registration with the
/// captcha solved in the page, the emailed confirmation link, the temporary password changed, the
/// OTP, the profile and its change of password; then the username recovered and the change of mobile with its emailed link.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RegistrationTests(BrowserFixture browser, AzuriteProcess azurite)
{
    /// <summary>Waits for the API on a 2-core machine shared with other test runs.</summary>
    private const float Slow = 30_000;

    [Fact]
    public async Task A_new_person_registers_confirms_the_email_link_signs_in_and_recovers_the_username()
    {
        // The production captcha difficulty: the proof of work runs in the page as it will for users.
        var settings = DemoSignIn.DemoSettings;
        settings["Portale:Captcha:MaxNumber"] = "100000";
        await using var host = await PortaleHost.StartAsync(azurite, settings: settings);
        var page = await browser.Browser.NewPageAsync();
        var username = $"reg-{Guid.NewGuid():N}"[..20];
        var email = $"{username}@example.com";
        var mobile = TestOperator.NewMobile();

        await page.GotoAsync(Url(host, "/accedi"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Nuova registrazione" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Registrazione nuovo utente", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/registrazione");

        await Field(page, "Username *").FillAsync(username);
        await Field(page, "Nome *").FillAsync("Maria");
        await Field(page, "Cognome *").FillAsync("Rossi");
        await Field(page, "Email *").FillAsync(email);
        await Field(page, "Data di nascita *").FillAsync("1985-12-10");
        await Field(page, "Sesso *").SelectOptionAsync("F");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Comune di nascita / Stato estero *" }).FillAsync("Rom");
        await page.GetByRole(AriaRole.Option, new() { Name = "ROMA (RM)", Exact = true }).ClickAsync();
        await Assertions.Expect(Field(page, "Provincia di nascita")).ToHaveValueAsync("RM");
        await Assertions.Expect(Field(page, "Regione di nascita")).ToHaveValueAsync("Lazio");
        // Maria Rossi, F, 10/12/1985, Roma (shared/notes: a checked example).
        await Field(page, "Codice Fiscale *").FillAsync("RSSMRA85T50H501S");
        await Field(page, "Recapito mobile *").FillAsync(mobile);
        await Field(page, "Come sei venuto a conoscenza del servizio? *").SelectOptionAsync("Passaparola");
        await Tick(page, "Ho preso visione dell'Informativa Privacy *");
        await Tick(page, "Non sono un robot");
        await Assertions.Expect(page.GetByTestId("captcha-status")).ToHaveTextAsync("Verifica completata.", new() { Timeout = 60_000 });
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/registrazione (compilata)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("registration-done")).ToContainTextAsync("invito a confermare la registrazione", new() { Timeout = Slow });
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/registrazione (inviata)");

        // The link in the email opens a page of the portal, not the API.
        var link = LinkIn(await Outbox.LatestAsync(host.Client, email, "Conferma registrazione"));
        Assert.Equal("/registrazione/conferma", link.AbsolutePath);
        await page.GotoAsync(Url(host, link.PathAndQuery));
        await Assertions.Expect(page.GetByTestId("confirm-message")).ToContainTextAsync("Registrazione confermata.", new() { Timeout = Slow });
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/registrazione/conferma");
        var temporary = Outbox.TemporaryPassword(await Outbox.LatestAsync(host.Client, email, "Attivazione account"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Vai alla pagina di accesso" }).ClickAsync();
        await Field(page, "Username *").FillAsync(username);
        await Field(page, "Password *").FillAsync(temporary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        await Field(page, "Password attuale *").FillAsync(temporary);
        await Field(page, "Nuova password *").FillAsync(TestOperator.Password);
        await Field(page, "Conferma password *").FillAsync(TestOperator.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Modifica password" }).ClickAsync();
        var otp = Field(page, "Inserire l'OTP *");
        await Assertions.Expect(otp).ToBeVisibleAsync(new() { Timeout = Slow });
        await otp.FillAsync(await Outbox.LatestCodeAsync(host.Client, mobile));
        await page.GetByRole(AriaRole.Button, new() { Name = "Prosegui" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/area"));
        await Assertions.Expect(page.GetByTestId("welcome")).ToContainTextAsync("Maria", new() { Timeout = Slow });

        await page.GetByRole(AriaRole.Link, new() { Name = "Gestione profilo" }).ClickAsync();
        await Assertions.Expect(Field(page, "Nome *")).ToHaveValueAsync("Maria", new() { Timeout = Slow });
        await Assertions.Expect(Field(page, "Codice Fiscale *")).ToHaveAttributeAsync("readonly", "");
        await Assertions.Expect(Field(page, "Comune di nascita / Stato estero *")).ToHaveValueAsync("ROMA (RM)");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/area/profilo");
        await Field(page, "Recapito fisso").FillAsync("06 12345678");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("profile-message")).ToContainTextAsync("Profilo aggiornato.", new() { Timeout = Slow });
        await Outbox.LatestAsync(host.Client, email, "Modifica profilo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cambio Password" }).ClickAsync();
        await Field(page, "Password attuale *").FillAsync(TestOperator.Password);
        await Field(page, "Nuova password *").FillAsync(TestOperator.NewPassword);
        await Field(page, "Conferma password *").FillAsync(TestOperator.NewPassword);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/area/profilo/password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Modifica password" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("password-changed")).ToHaveTextAsync("La password è stata modificata con successo!", new() { Timeout = Slow });
        await page.GetByRole(AriaRole.Button, new() { Name = "Esci" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(host.Address.ToString());

        await page.GotoAsync(Url(host, "/accedi"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Hai dimenticato lo username?" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Recupera Username", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/recupero-username");
        await Field(page, "Email *").FillAsync(email);
        await Tick(page, "Non sono un robot");
        await Assertions.Expect(page.GetByTestId("captcha-status")).ToHaveTextAsync("Verifica completata.", new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Recupera" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("request-done")).ToContainTextAsync("elenco degli username", new() { Timeout = Slow });
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/recupero-username (inviata)");
        Assert.Contains("- " + username, (await Outbox.LatestAsync(host.Client, email, "Recupero username")).Body, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task An_operator_changes_the_mobile_from_the_otp_page_and_signs_in_with_the_new_number()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var op = TestOperator.New();
        using (await host.SignUpAndSignInAsync(op))
        {
        }
        var page = await browser.Browser.NewPageAsync();

        await page.GotoAsync(Url(host, "/accedi"));
        await Field(page, "Username *").FillAsync(op.Username);
        await Field(page, "Password *").FillAsync(TestOperator.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hai cambiato il recapito mobile?" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Modifica recapito mobile", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/modifica-recapito-mobile");
        await Field(page, "Username *").FillAsync(op.Username);
        await Tick(page, "Non sono un robot");
        await Assertions.Expect(page.GetByTestId("captcha-status")).ToHaveTextAsync("Verifica completata.", new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Conferma" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("request-done")).ToContainTextAsync("Conferma modifica recapito mobile", new() { Timeout = Slow });

        var link = LinkIn(await Outbox.LatestAsync(host.Client, op.Email, "Conferma modifica recapito mobile"));
        Assert.Equal("/modifica-recapito-mobile/conferma", link.AbsolutePath);
        await page.GotoAsync(Url(host, link.PathAndQuery));
        await Assertions.Expect(page.GetByTestId("confirm-message")).ToContainTextAsync("Modifica del recapito mobile confermata", new() { Timeout = Slow });
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/modifica-recapito-mobile/conferma");

        await page.GetByRole(AriaRole.Link, new() { Name = "Accedi al Portale" }).ClickAsync();
        await Field(page, "Username *").FillAsync(op.Username);
        await Field(page, "Password *").FillAsync(TestOperator.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        // The current number confirms the change with its code before the new one is asked for.
        await Assertions.Expect(page.GetByTestId("otp-old-mobile")).ToContainTextAsync("recapito mobile attuale", new() { Timeout = Slow });
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/accedi/otp (recapito attuale)");
        await Field(page, "Inserire l'OTP *").FillAsync(await Outbox.LatestCodeAsync(host.Client, op.Mobile));
        await page.GetByRole(AriaRole.Button, new() { Name = "Prosegui" }).ClickAsync();
        var newMobile = Field(page, "Recapito mobile *");
        await Assertions.Expect(newMobile).ToBeVisibleAsync(new() { Timeout = Slow });
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/accedi/nuovo-cellulare");
        var number = TestOperator.NewMobile();
        await newMobile.FillAsync(number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia codice" }).ClickAsync();
        var otp = Field(page, "Inserire l'OTP *");
        await Assertions.Expect(otp).ToBeVisibleAsync(new() { Timeout = Slow });
        await otp.FillAsync(await Outbox.LatestCodeAsync(host.Client, number));
        await page.GetByRole(AriaRole.Button, new() { Name = "Prosegui" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/area"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Gestione profilo" }).ClickAsync();
        await Assertions.Expect(Field(page, "Recapito mobile *")).ToHaveValueAsync(number, new() { Timeout = Slow });
        await page.CloseAsync();
    }

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    /// <summary>A person ticks a box by its label (bootstrap-italia draws the box on the label).</summary>
    private static Task Tick(IPage page, string label) => page.Locator("label").GetByText(label, new() { Exact = true }).ClickAsync();

    private static string Url(PortaleHost host, string pathAndQuery) => new Uri(host.Address, pathAndQuery).ToString();

    private static Uri LinkIn(Outbox.Message email) => new(LinkPattern().Match(email.Body).Value);

    [GeneratedRegex(@"https?://\S+\?token=[0-9a-f]{64}")]
    private static partial Regex LinkPattern();
}
