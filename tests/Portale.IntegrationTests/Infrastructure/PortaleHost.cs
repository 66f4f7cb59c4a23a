using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Portale.IntegrationTests.Infrastructure.OpenApi;
using Portale.LocalHost;
using Portale.LocalHost.Functions;
using Portale.LocalHost.Http;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>The local host started in-process on a free port, reached through real HTTP.</summary>
public sealed partial class PortaleHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly IReadOnlyList<Regex> testRoutes;

    private PortaleHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
        testRoutes = TestRoutes(app.Services.GetRequiredService<FunctionCatalog>());
        Client = NewClient();
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<PortaleHost> StartAsync(
        AzuriteProcess azurite,
        string environment = "Development",
        IDictionary<string, string>? settings = null,
        bool withTestFunctions = false)
    {
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--environment={environment}",
            $"--AzureWebJobsStorage={azurite.ConnectionString}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
            $"--Portale:LocalHost:WebRoot={Path.Combine(RepositoryRoot.Path, "web", "dist")}",
            // Cheap hashing and captchas keep sign-ins fast in tests; both are honoured only in Development.
            "--Portale:Passwords:Iterations=1000",
            "--Portale:Captcha:MaxNumber=2000",
            // The test clients reach the host from 127.0.0.1, as a deployment's proxy would: each gives its
            // own X-Forwarded-For, so one test's failed sign-ins never count against another's address.
            // A test about a host with no trusted proxy sets this to "".
            "--Portale:Network:TrustedProxies=127.0.0.1",
            // Schedules only where a test is about them: hosts share one Azurite, and a daily job on
            // one host's moved clock would act on every other test's data.
            $"--Portale:LocalHost:RunTimers={withTestFunctions}",
        };
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>());
        all.TryAdd("Portale:Clock:Now", TestClock.Setting);
        args.AddRange(all.Select(kv => $"--{kv.Key}={kv.Value}"));
        var app = withTestFunctions
            ? LocalHostApplication.Build([.. args], typeof(PortaleHost).Assembly)
            : LocalHostApplication.Build([.. args]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PortaleHost(app, new Uri(address));
    }

    /// <summary>
    /// A client of this host whose every API response is checked against openapi.json: one the document
    /// does not describe fails the request (see <see cref="OpenApiValidatingHandler"/>).
    /// </summary>
    public HttpClient NewClient() =>
        new(new OpenApiValidatingHandler(OpenApiContract.Repository, testRoutes, new HttpClientHandler()))
        {
            BaseAddress = Address,
        };

    public async Task SetClockAsync(DateTimeOffset now)
    {
        using var response = await Client.PostAsJsonAsync("/admin/clock", new { now });
        response.EnsureSuccessStatusCode();
    }

    // The probes of TestFunctions/ are not the API: openapi.json does not describe them.
    private static List<Regex> TestRoutes(FunctionCatalog catalog) =>
    [
        .. catalog.OfKind(TriggerKind.Http)
            .Where(f => f.ClassType.Assembly == typeof(PortaleHost).Assembly)
            .Select(f => new Regex("^/" + RouteParameter().Replace(HttpFunctionEndpoints.RouteOf(f), "[^/]+") + "$")),
    ];

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
