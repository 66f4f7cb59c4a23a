using System.Net;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;

namespace Portale.IntegrationTests.Foundation;

/// <summary>
/// Every kind of response carries the security headers: API JSON (answers and problems), documents,
/// the web app and its files, and routes nobody knows.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SecurityHeadersTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Api_answers_problems_documents_and_the_web_app_carry_the_security_headers()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2029, 2, 13));
        var company = await s.CompanyAsync("hdr");
        var letter = await s.StageAsync(LetterScenario.Fields(company));
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        using var anonymous = s.Host.NewClient();

        var api = new (HttpClient Client, string Path)[]
        {
            (anonymous, "/api/health"),
            (anonymous, "/api/status"),
            (anonymous, "/api/me"),
            (anonymous, "/api/nessuna-rotta"),
            (user, "/api/me"),
            (user, $"/api/companies/{company}/letters/{letter}"),
        };
        foreach (var (client, path) in api)
        {
            using var response = await client.GetAsync(path);
            AssertApiHeaders(response, path);
        }
        using (var document = await user.GetAsync($"/api/companies/{company}/letters/{letter}/pdf"))
        {
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            AssertApiHeaders(document, "pdf");
        }

        var index = await anonymous.GetStringAsync("/");
        var script = System.Text.RegularExpressions.Regex.Match(index, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);
        foreach (var path in new[] { "/", "/accedi", "/area/qualcosa/nuove-lettere", script, "/favicon.svg" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertCommonHeaders(response, path);
            var csp = Header(response, "Content-Security-Policy");
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline' ", csp.Split("script-src")[1].Split(';')[0] + " ");
        }
    }

    [Fact]
    public async Task Outside_Development_responses_ask_for_HTTPS_only()
    {
        await using var development = await PortaleHost.StartAsync(azurite);
        using (var local = await development.Client.GetAsync("/api/health"))
        {
            Assert.False(local.Headers.Contains("Strict-Transport-Security"));
        }
        await using var production = await PortaleHost.StartAsync(azurite, environment: "Production", settings: new Dictionary<string, string>
        {
            ["Portale:Staff:Instance"] = "https://login.microsoftonline.com/",
            ["Portale:Staff:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Portale:Staff:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Portale:Sessions:SigningKey"] = "una-chiave-di-prova-lunga-abbastanza",
        });
        using var health = await production.Client.GetAsync("/api/health");
        Assert.Contains("max-age=", Header(health, "Strict-Transport-Security"));

        // In Azure the Static Web App serves the web app: its globalHeaders are the ones the host sends.
        using var config = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(
            Path.Combine(RepositoryRoot.Path, "web", "public", "staticwebapp.config.json")));
        var global = config.RootElement.GetProperty("globalHeaders").EnumerateObject()
            .ToDictionary(h => h.Name, h => h.Value.GetString());
        using var page = await production.Client.GetAsync("/accedi");
        var sent = new[]
        {
            "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
            "Cross-Origin-Opener-Policy", "Permissions-Policy", "Strict-Transport-Security",
        }.ToDictionary(name => name, name => (string?)Header(page, name));
        Assert.Equal(sent, global);
    }

    private static void AssertApiHeaders(HttpResponseMessage response, string what)
    {
        AssertCommonHeaders(response, what);
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{what}: Cache-Control no-store");
        Assert.Contains("default-src 'none'", Header(response, "Content-Security-Policy"));
    }

    private static void AssertCommonHeaders(HttpResponseMessage response, string what)
    {
        Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", $"{what}: X-Content-Type-Options");
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
