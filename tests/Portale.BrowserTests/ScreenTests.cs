using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portale.BrowserTests.Visual;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.BrowserTests;

/// <summary>
/// Every screen with the demo data at 1280×900 and 390×844, as a person sees it (issue #10, item 7):
/// <see cref="ScreenCheck"/> on each, screenshots in .test-results/screens/. Each test lists every
/// problem of every screen it visits before failing, so one run shows them all.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenTests(BrowserFixture browser, AzuriteProcess azurite)
{
    public static TheoryData<int, int> Sizes => new() { { 1280, 900 }, { 390, 844 } };

    private static readonly string[] PublicScreens =
    [
        "/", "/accedi", "/registrazione", "/recupero-username", "/recupero-password", "/modifica-recapito-mobile",
        "/informativa-privacy", "/faq",
    ];

    private static readonly string[] CompanyScreens =
    [
        "nuove-lettere", "lettere-da-lavorare", "copia-conoscenza", "archivio", "solleciti", "comunicazioni-libere",
        "invii-falliti", "report", "manuale-e-moduli",
    ];

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Public_screens_draw_every_control_where_a_person_sees_it(int width, int height)
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await NewPageAsync(width, height);
        var problems = new List<string>();
        foreach (var path in PublicScreens)
        {
            await OpenAsync(page, host, path);
            problems.AddRange(await ScreenCheck.RunAsync(page, ScreenName(path)));
        }
        await page.CloseAsync();
        AssertNone(problems);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Operator_screens_draw_every_control_where_a_person_sees_it(int width, int height)
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await NewPageAsync(width, height);
        var problems = new List<string>();
        await SignInCheckingTheOtpPageAsync(page, host, problems);

        foreach (var path in new[] { "/area", $"/area/{DemoLetters.Energy}", "/area/profilo", "/area/profilo/password" })
        {
            await OpenAsync(page, host, path);
            problems.AddRange(await ScreenCheck.RunAsync(page, ScreenName(path)));
        }
        foreach (var screen in CompanyScreens)
        {
            await OpenAsync(page, host, $"/area/{DemoLetters.Energy}/{screen}");
            problems.AddRange(await ScreenCheck.RunAsync(page, screen));
        }

        await OpenAsync(page, host, $"/area/{DemoLetters.Energy}/ricerca-lettere");
        await page.GetByLabel("Lettera", new() { Exact = true }).FillAsync("L-P-26-90000%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ricerca", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("letter-row").First).ToBeVisibleAsync();
        await SettleAsync(page);
        problems.AddRange(await ScreenCheck.RunAsync(page, "ricerca-lettere-risultati"));

        await OpenAsync(page, host, $"/area/{DemoLetters.Energy}/lettere-da-lavorare");
        await CheckLetterDetailAsync(page, problems);
        await page.CloseAsync();
        AssertNone(problems);
    }

    private static readonly string[] StaffScreens =
    [
        "/sportello", "/sportello/utenti", "/sportello/avvisi", "/sportello/registro-attivita",
        "/sportello/elaborazioni", "/sportello/interruzioni", "/sportello/cruscotto",
        "/sportello/societa", $"/sportello/societa/{DemoLetters.Energy}", "/sportello/pubblicazione",
        "/sportello/in-pubblicazione",
    ];

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Staff_screens_draw_every_control_where_a_person_sees_it(int width, int height)
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await NewPageAsync(width, height);
        var problems = new List<string>();
        await OpenAsync(page, host, "/sportello");
        problems.AddRange(await ScreenCheck.RunAsync(page, "sportello-accesso"));
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/sportello (signed out)");
        await OpenAsync(page, host, "/sportello/accesso-sviluppo");
        problems.AddRange(await ScreenCheck.RunAsync(page, "sportello-accesso-sviluppo"));
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/sportello/accesso-sviluppo");

        await StaffSignIn.SignInAsync(page, host, "Sara Sportello", "Help desk", "Back office", "Consultazione");
        foreach (var path in StaffScreens)
        {
            await OpenAsync(page, host, path);
            problems.AddRange(await ScreenCheck.RunAsync(page, ScreenName(path)));
            await Accessibility.AssertNoSeriousViolationsAsync(page, path);
        }
        await page.CloseAsync();
        AssertNone(problems);
    }

    /// <summary>The first letter's Dettaglio, opened as a person does (a click that lands on it), then checked.</summary>
    private static async Task CheckLetterDetailAsync(IPage page, List<string> problems)
    {
        var size = page.ViewportSize!;
        try
        {
            await page.GetByTestId("letter-row").First
                .GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Dettaglio") })
                .ClickAsync(new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            problems.Add($"dettaglio-lettera @{size.Width}×{size.Height}: the first row's Dettaglio cannot be clicked " +
                "(another element receives the click)");
            return;
        }
        await Assertions.Expect(page.GetByLabel("Nota")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync(
            "() => { const m = document.querySelector('.modal.show'); return m && getComputedStyle(m).opacity === '1'; }");
        await SettleAsync(page);
        problems.AddRange(await ScreenCheck.RunAsync(page, "dettaglio-lettera", ".modal.show"));
        var dialogOverflow = await page.EvaluateAsync<double>(
            "() => { const r = document.querySelector('.modal.show .modal-content').getBoundingClientRect(); " +
            "return Math.max(0, r.right - window.innerWidth, -r.left); }");
        if (dialogOverflow > 1)
        {
            problems.Add($"dettaglio-lettera @{size.Width}×{size.Height}: the dialog is {dialogOverflow:0} px wider " +
                "than the window");
        }
    }

    /// <summary>Lettera, Giorni a scadenza risposta and the row's actions are in view with the table not scrolled.</summary>
    [Fact]
    public async Task To_work_shows_the_letter_its_days_and_its_actions_without_scrolling_sideways_at_1280()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await NewPageAsync(1280, 900);
        await DemoSignIn.SignInAsync(page, host);
        await OpenAsync(page, host, $"/area/{DemoLetters.Energy}/lettere-da-lavorare");
        var row = page.GetByTestId("letter-row").First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        var table = page.GetByRole(AriaRole.Region, new() { Name = "Tabella: Lettere scaricate da lavorare" });
        await table.EvaluateAsync("t => { t.scrollLeft = 0; }");
        var region = (await table.BoundingBoxAsync())!;
        var targets = new (string Name, ILocator Locator)[]
        {
            ("the header Lettera", page.GetByRole(AriaRole.Columnheader, new() { Name = "Lettera", Exact = true })),
            ("the header Giorni a scadenza risposta",
                page.GetByRole(AriaRole.Columnheader, new() { NameRegex = new Regex("^Giorni a scadenza risposta") })),
            ("the letter's name", row.GetByRole(AriaRole.Rowheader)),
            ("the row's Dettaglio", row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Dettaglio") })),
            ("the row's Scarica", row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Scarica") })),
        };
        var problems = new List<string>();
        foreach (var (name, locator) in targets)
        {
            var box = await locator.BoundingBoxAsync();
            var left = Math.Max(region.X, 0);
            var right = Math.Min(region.X + region.Width, 1280);
            if (box is null || box.X < left - 1 || box.X + box.Width > right + 1)
            {
                problems.Add($"lettere-da-lavorare @1280×900: {name} is not in view without scrolling sideways " +
                    $"(at x {box?.X:0}–{box?.X + box?.Width:0}, the table shows {left:0}–{right:0})");
            }
        }
        await ScreenCheck.SaveScreenshotAsync(page, "lettere-da-lavorare-colonne");
        await page.CloseAsync();
        AssertNone(problems);
    }

    /// <summary>Login, then on the OTP page: the field focused and drawn, the page checked; then the code.</summary>
    private static async Task SignInCheckingTheOtpPageAsync(IPage page, PortaleHost host, List<string> problems)
    {
        await page.GotoAsync(new Uri(host.Address, "/accedi").ToString());
        await page.GetByLabel("Username *").FillAsync(DemoOperator.Username);
        await page.GetByLabel("Password *").FillAsync(DemoOperator.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        var otp = page.GetByLabel("Inserire l'OTP *");
        await Assertions.Expect(otp).ToBeAttachedAsync();
        await SettleAsync(page);
        var size = page.ViewportSize!;
        if (!await otp.EvaluateAsync<bool>("e => document.activeElement === e"))
        {
            problems.Add($"accedi-otp @{size.Width}×{size.Height}: the OTP input is not focused on arrival");
        }
        problems.AddRange(await ScreenCheck.RunAsync(page, "accedi-otp"));
        await otp.FillAsync(await Outbox.LatestCodeAsync(host.Client, DemoOperator.Mobile));
        await page.GetByRole(AriaRole.Button, new() { Name = "Prosegui" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/area"));
    }

    private async Task<IPage> NewPageAsync(int width, int height) =>
        await browser.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            // A phone: the page's meta viewport is honoured and a page wider than the screen widens the layout.
            IsMobile = width < 768,
            HasTouch = width < 768,
            AcceptDownloads = true,
        });

    private static async Task OpenAsync(IPage page, PortaleHost host, string path)
    {
        await page.GotoAsync(new Uri(host.Address, path).ToString());
        await SettleAsync(page);
    }

    /// <summary>The page's calls answered, nothing still loading, the fonts drawn.</summary>
    private static async Task SettleAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForFunctionAsync(
            "() => ![...document.querySelectorAll('[role=status]')].some(s => /(Caricamento|Ricerca) in corso/.test(s.textContent))");
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.WaitForTimeoutAsync(200);
    }

    private static string ScreenName(string path) =>
        path == "/" ? "home" : path.Trim('/').Replace('/', '-');

    private static void AssertNone(List<string> problems) =>
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems));
}
