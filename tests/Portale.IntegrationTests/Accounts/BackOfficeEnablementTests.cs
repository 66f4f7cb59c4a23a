using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Storage;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

[Collection(AzuriteCollection.Name)]
public sealed class BackOfficeEnablementTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Back_office_enables_and_disables_on_a_signed_modulo_kept_with_the_record_and_disabling_ends_the_sessions()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        using var session = await host.SignUpAndSignInAsync(op);
        var staffName = $"Abilitatore {Guid.NewGuid():N}"[..22];
        using var backOffice = await host.NamedStaffClientAsync(staffName, StaffRoles.BackOffice);

        using (var unregistered = await backOffice.EnableUserAsync("non-registrata", op.Username))
        {
            Assert.Equal(HttpStatusCode.NotFound, unregistered.StatusCode);
        }
        var company = $"acqua-{Guid.NewGuid():N}"[..16];
        var other = $"energia-{Guid.NewGuid():N}"[..18];
        var modulo = TestPdfs.OnePage($"Modulo di abilitazione firmato {Guid.NewGuid():N}");
        foreach (var id in new[] { company, other })
        {
            using var registered = await backOffice.PutAsJsonAsync($"/api/backoffice/companies/{id}", new
            {
                name = $"Società {id}", vatNumber = "12345678903", pecAddress = $"{id}@pec.example.it", sectors = new[] { "water" },
            });
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
            using var enabled = await backOffice.EnableUserAsync(id, op.Username,
                StaffEnablements.Form(modulo, "abilitazione.pdf", note: "Richiesta del legale rappresentante."));
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
            var enablement = await enabled.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("enable", enablement.GetProperty("action").GetString());
            Assert.Equal(op.Username, enablement.GetProperty("username").GetString());
            Assert.Equal(staffName, enablement.GetProperty("recordedBy").GetString());
            Assert.Equal("abilitazione.pdf", enablement.GetProperty("moduloName").GetString());
            Assert.Equal("Richiesta del legale rappresentante.", enablement.GetProperty("note").GetString());
            Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(modulo)).ToLowerInvariant(),
                enablement.GetProperty("moduloHash").GetString());
        }
        var me = await session.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(new[] { company, other }.Order(StringComparer.Ordinal),
            me.GetProperty("companies").EnumerateArray().Select(c => c.GetString()));

        // Every staff role reads the referents and the history, and downloads the modulo byte for byte.
        using var readOnly = await host.StaffClientAsync(StaffRoles.ReadOnly);
        var referents = await readOnly.GetFromJsonAsync<JsonElement>($"/api/backoffice/companies/{company}/referents");
        var referent = Assert.Single(referents.GetProperty("items").EnumerateArray());
        Assert.Equal(op.Username, referent.GetProperty("username").GetString());
        Assert.Equal(staffName, referent.GetProperty("enabledBy").GetString());
        Assert.Contains(referent.GetProperty("companies").EnumerateArray(), c => c.GetProperty("id").GetString() == other);
        var enablementId = referent.GetProperty("enablementId").GetString()!;
        using (var download = await readOnly.GetAsync($"/api/backoffice/companies/{company}/enablements/{enablementId}/modulo"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal(modulo, await download.Content.ReadAsByteArrayAsync());
        }
        using (var missing = await readOnly.GetAsync($"/api/backoffice/companies/{company}/enablements/0000000000000000000abcdef12/modulo"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        var disablement = TestPdfs.OnePage($"Modulo di disabilitazione {Guid.NewGuid():N}");
        using (var disabled = await backOffice.DisableUserAsync(company, op.Username, StaffEnablements.Form(disablement, "disabilitazione.pdf")))
        {
            Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
            Assert.Equal("disable", (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("action").GetString());
        }
        // Disabling ends the user's sessions (issue 12, item 3); the next sign-in sees the companies left.
        using (var ended = await session.GetAsync("/api/me"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        }
        using var again = await host.SignInAsync(op);
        me = await again.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal([other], me.GetProperty("companies").EnumerateArray().Select(c => c.GetString()));
        referents = await readOnly.GetFromJsonAsync<JsonElement>($"/api/backoffice/companies/{company}/referents");
        Assert.Empty(referents.GetProperty("items").EnumerateArray());

        using var helpDesk = await host.StaffClientAsync(StaffRoles.HelpDesk);
        var history = await helpDesk.GetFromJsonAsync<JsonElement>($"/api/backoffice/companies/{company}/enablements?pageSize=10");
        Assert.Equal(2, history.GetProperty("total").GetInt32());
        Assert.Equal(["disable", "enable"], history.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        var disableId = history.GetProperty("items")[0].GetProperty("id").GetString();
        using (var download = await helpDesk.GetAsync($"/api/backoffice/companies/{company}/enablements/{disableId}/modulo"))
        {
            Assert.Equal(disablement, await download.Content.ReadAsByteArrayAsync());
        }

        // Audited with the record and the modulo's hash.
        var audit = await backOffice.GetFromJsonAsync<JsonElement>(
            $"/api/backoffice/audit?actor={Uri.EscapeDataString(staffName)}&action=user-disabled");
        var record = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Contains(disableId!, record.ToString());

        using (var unknown = await backOffice.EnableUserAsync(company, "nessuno-xyz"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }
        foreach (var staff in new[] { helpDesk, readOnly })
        {
            using var enable = await staff.EnableUserAsync(company, op.Username);
            Assert.Equal(HttpStatusCode.Forbidden, enable.StatusCode);
            using var disable = await staff.DisableUserAsync(other, op.Username);
            Assert.Equal(HttpStatusCode.Forbidden, disable.StatusCode);
        }
        using (var oldWay = await backOffice.DeleteAsync($"/api/backoffice/companies/{other}/users/{op.Username}"))
        {
            Assert.NotEqual(HttpStatusCode.NoContent, oldWay.StatusCode);
        }
        me = await again.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal([other], me.GetProperty("companies").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("missing", "modulo-required")]
    [InlineData("not-pdf", "modulo-invalid")]
    [InlineData("javascript", "modulo-invalid")]
    [InlineData("too-large", "modulo-invalid")]
    [InlineData("json", "multipart-required")]
    public async Task A_hostile_or_missing_modulo_is_refused_and_nothing_is_written(string modulo, string code)
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        using var session = await host.SignUpAndSignInAsync(op);
        using var backOffice = await host.StaffClientAsync(StaffRoles.BackOffice);
        var company = $"ostile-{Guid.NewGuid():N}"[..16];
        (await backOffice.PutAsJsonAsync($"/api/backoffice/companies/{company}", new
        {
            name = "Società ostile", vatNumber = "12345678903", pecAddress = $"{company}@pec.example.it", sectors = new[] { "energy" },
        })).EnsureSuccessStatusCode();

        HttpContent content = modulo switch
        {
            "missing" => new MultipartFormDataContent { { new StringContent("solo una nota"), "note" } },
            "not-pdf" => StaffEnablements.Form("MZ\x90\0 non sono un PDF"u8.ToArray(), "modulo.pdf"),
            "javascript" => StaffEnablements.Form(TestPdfs.WithActiveContent("javascript")),
            "too-large" => StaffEnablements.Form(TestPdfs.Padded(10 * 1024 * 1024 + 4096)),
            _ => JsonContent.Create(new { modulo = "x" }),
        };
        using var refused = await backOffice.PutAsync($"/api/backoffice/companies/{company}/users/{op.Username}", content);
        Assert.Equal(modulo == "json" ? HttpStatusCode.UnsupportedMediaType : HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        if (modulo != "json")
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty("modulo", out _), problem.ToString());
        }

        var me = await session.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Empty(me.GetProperty("companies").EnumerateArray());
        var history = await backOffice.GetFromJsonAsync<JsonElement>($"/api/backoffice/companies/{company}/enablements");
        Assert.Equal(0, history.GetProperty("total").GetInt32());
        var referents = await backOffice.GetFromJsonAsync<JsonElement>($"/api/backoffice/companies/{company}/referents");
        Assert.Empty(referents.GetProperty("items").EnumerateArray());
        var documents = host.Services.GetRequiredService<StorageClients>().Container(StorageNames.DocumentsContainer);
        await foreach (var blob in documents.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"enablements/{company}/", CancellationToken.None))
        {
            Assert.Fail($"A refused modulo was stored: {blob.Name}");
        }
    }
}
