using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.BrowserTests;

/// <summary>"Ricerca lettere" (manual 6.8): the demo operator finds letters of every section by the manual's filters.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LetterSearchTests(BrowserFixture browser, AzuriteProcess azurite)
{
    [Fact]
    public async Task Operator_finds_letters_by_extended_letter_name_and_by_customer_and_is_told_of_a_wrong_date()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync();
        await DemoSignIn.SignInAsync(page, host);
        await Assertions.Expect(page.GetByTestId("welcome")).ToContainTextAsync("Benvenuto/a");
        await page.GetByLabel("Società per cui si opera").SelectOptionAsync(DemoLetters.Energy);
        await page.GetByTestId("tile-search").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ricerca lettere", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "Ricerca lettere");

        // A date the browser refuses: no call, the message sits under the field.
        await page.GetByLabel("Pubblicazione dal").FillAsync("31/02/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ricerca", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Pubblicazione dal: data non valida (formato gg/mm/aaaa).")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Pubblicazione dal")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByLabel("Pubblicazione dal").FillAsync("");

        // "Ricerca estesa" with %, in copia conoscenza only (Destinatario Principale NO): the two CC letters of the demo, newest first.
        await page.GetByLabel("Lettera", new() { Exact = true }).FillAsync("l-p-26-900000%");
        await page.GetByLabel("Destinatario Principale").SelectOptionAsync("NO");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ricerca", Exact = true }).ClickAsync();
        var rows = page.GetByTestId("letter-row");
        await Assertions.Expect(page.GetByTestId("range")).ToHaveTextAsync("Vista da 1 a 2 di 2 elementi");
        await Assertions.Expect(rows.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["L-P-26-9000004_01.PDF", "L-P-26-9000008_01.PDF"]);

        // Every TO and CC letter of the company starting with L-P-26-900000, whatever its section; never another company's.
        await page.GetByLabel("Destinatario Principale").SelectOptionAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ricerca", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("range")).ToHaveTextAsync("Vista da 1 a 8 di 8 elementi");
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "L-P-26-9000009_01.PDF" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "L-P-26-9000001_01.PDF" })).ToBeVisibleAsync();

        // Sorted by Denominazione Cliente on the server, over every result.
        var customerHeader = page.GetByRole(AriaRole.Columnheader, new() { NameRegex = new Regex("^Denominazione Cliente") });
        await customerHeader.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(customerHeader).ToHaveAttributeAsync("aria-sort", "ascending");
        await Assertions.Expect(rows.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(
            new[] { 2, 6, 7, 5, 4, 8, 1, 3 }.Select(n => $"L-P-26-900000{n}_01.PDF").ToArray());

        // Denominazione Cliente, whole value in any case: a letter of the archive, with its answer.
        await page.GetByLabel("Lettera", new() { Exact = true }).FillAsync("");
        await page.GetByLabel("Denominazione Cliente").FillAsync("marino chiara");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ricerca", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("range")).ToHaveTextAsync("Vista da 1 a 1 di 1 elementi");
        await Assertions.Expect(rows.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["L-P-26-9000010_01.PDF"]);
        await Assertions.Expect(rows.First).ToContainTextAsync("Archivio lettere con risposta");
        await Assertions.Expect(rows.First.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^R-P-26-9000010") })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "Ricerca lettere: risultati");

        // A part of the name without % is not the whole value: nothing found, said so.
        await page.GetByLabel("Denominazione Cliente").FillAsync("Marino");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ricerca", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("empty")).ToHaveTextAsync("Nessuna lettera corrisponde ai filtri indicati.");
        await page.CloseAsync();
    }
}
