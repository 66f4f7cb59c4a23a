using Microsoft.Playwright;
using Portale.Adapters.Documents;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.BrowserTests;

/// <summary>Issue 15's back office enables a user for a company with the signed modulo; the operator then sees it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffEnablementTests(BrowserFixture browser, AzuriteProcess azurite)
{
    [Fact]
    public async Task The_back_office_enables_a_user_with_the_modulo_and_the_operator_sees_the_company()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var staff = await browser.Browser.NewPageAsync();
        await StaffSignIn.SignInAsync(staff, host, "Bruno Back office", "Back office");
        await staff.GotoAsync(new Uri(host.Address, $"/sportello/societa/{DemoLetters.Other}").ToString());
        await staff.GetByLabel("Username dell’utente *").FillAsync(DemoOperator.Username);
        try
        {
            await staff.GetByLabel("Modulo firmato (PDF) *").SetInputFilesAsync(new FilePayload
            {
                Name = "modulo-abilitazione.pdf", MimeType = "application/pdf",
                Buffer = PdfTextWriter.Lines("Modulo di abilitazione", DemoOperator.Username, DemoLetters.Other),
            });
            await staff.GetByLabel("Nota").FillAsync("Modulo ricevuto via PEC.");
            await staff.GetByRole(AriaRole.Button, new() { Name = "Abilita", Exact = true }).ClickAsync();
            await Assertions.Expect(staff.GetByTestId("enablement-done")).ToContainTextAsync("è abilitato");
            await Accessibility.AssertNoSeriousViolationsAsync(staff, $"/sportello/societa/{DemoLetters.Other} (enabled)");

            var operatorPage = await browser.Browser.NewPageAsync();
            await DemoSignIn.SignInAsync(operatorPage, host);
            await operatorPage.GotoAsync(new Uri(host.Address, "/area").ToString());
            // The company picker now offers the third company.
            await Assertions.Expect(operatorPage.GetByRole(AriaRole.Option, new() { Name = "Altra Società S.p.A." }))
                .ToHaveCountAsync(1);
        }
        finally
        {
            // The demo operator is not a referent of the third company in the other tests: undone here.
            using var api = await host.StaffClientAsync(StaffRoles.BackOffice);
            using var form = new MultipartFormDataContent();
            var modulo = new ByteArrayContent(PdfTextWriter.Lines("Modulo di disabilitazione", DemoOperator.Username));
            modulo.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            form.Add(modulo, "modulo", "modulo-disabilitazione.pdf");
            using var undo = await api.PostAsync(
                $"/api/backoffice/companies/{DemoLetters.Other}/users/{DemoOperator.Username}/disable", form);
            Assert.True(undo.IsSuccessStatusCode, $"the enablement could not be undone: {(int)undo.StatusCode}");
        }
    }
}
