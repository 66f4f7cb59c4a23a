using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Storage;
using Portale.Functions.Portal;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.TestFunctions;

namespace Portale.IntegrationTests.Foundation;

[Collection(AzuriteCollection.Name)]
public sealed class LocalHostTriggerTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Timer_fires_at_its_Rome_time_when_the_clock_reaches_it()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true,
            settings: new Dictionary<string, string> { ["Portale:Clock:Now"] = "2026-01-14T00:59:57+01:00" });
        var probes = new ProbeLog(host.Services.GetRequiredService<StorageClients>());
        async Task<List<(string Subject, string Detail)>> RunsOnThatNight() =>
            (await probes.ReadAsync(ProbeFunctions.TimerName)).Where(r => r.Subject.StartsWith("2026-01-14")).ToList();

        var runs = await Eventually.ReturnsAsync(RunsOnThatNight, r => r.Count > 0);
        await Task.Delay(1000);

        var run = Assert.Single(await RunsOnThatNight());
        var ranAt = DateTimeOffset.Parse(run.Subject);
        Assert.Equal(new DateTime(2026, 1, 14, 1, 0, 0), new DateTime(ranAt.Year, ranAt.Month, ranAt.Day, ranAt.Hour, ranAt.Minute, 0));
        Assert.Equal(TimeSpan.FromHours(1), ranAt.Offset);
    }

    [Fact]
    public async Task Admin_route_runs_a_timer_function_now()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true,
            settings: new Dictionary<string, string> { ["Portale:Clock:Now"] = "2026-05-05T15:00:00+02:00" });
        var probes = new ProbeLog(host.Services.GetRequiredService<StorageClients>());
        var before = (await probes.ReadAsync(ProbeFunctions.TimerName)).Count;

        using var response = await host.Client.PostAsJsonAsync($"/admin/functions/{ProbeFunctions.TimerName}", new { });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(before + 1, (await probes.ReadAsync(ProbeFunctions.TimerName)).Count);
    }

    [Fact]
    public async Task Blob_trigger_processes_each_version_once()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true);
        var clients = host.Services.GetRequiredService<StorageClients>();
        var probes = new ProbeLog(clients);
        var name = $"ok-{Guid.NewGuid():N}.txt";
        var blob = await UploadAsync(clients, name, "prima versione");

        await Eventually.ReturnsAsync(() => Runs(probes, name), r => r.Count >= 1);
        await Task.Delay(1500);
        Assert.Equal(["prima versione"], (await Runs(probes, name)).Select(r => r.Detail));

        await blob.UploadAsync(BinaryData.FromString("seconda versione"), overwrite: true);
        var runs = await Eventually.ReturnsAsync(() => Runs(probes, name), r => r.Count >= 2);
        await Task.Delay(1500);
        Assert.Equal(["prima versione", "seconda versione"], (await Runs(probes, name)).Select(r => r.Detail).Order());
    }

    [Fact]
    public async Task Failing_blob_is_retried_five_times_then_parked_as_poison()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true);
        var clients = host.Services.GetRequiredService<StorageClients>();
        var probes = new ProbeLog(clients);
        var name = $"fail-{Guid.NewGuid():N}.txt";
        await UploadAsync(clients, name, "contenuto rifiutato");

        var poison = clients.Container($"{ProbeFunctions.Container}-poison").GetBlobClient(name);
        await Eventually.ReturnsAsync(async () => (await poison.ExistsAsync()).Value, exists => exists);

        Assert.True((await poison.ExistsAsync()).Value);
        Assert.Equal("contenuto rifiutato", (await poison.DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal(["attempt 1", "attempt 2", "attempt 3", "attempt 4", "attempt 5"], (await Runs(probes, name)).Select(r => r.Detail).Order());
    }

    [Fact]
    public async Task Admin_route_runs_a_blob_function_on_a_named_blob()
    {
        await using var host = await PortaleHost.StartAsync(azurite, withTestFunctions: true);
        var clients = host.Services.GetRequiredService<StorageClients>();
        var probes = new ProbeLog(clients);
        var name = $"ok-{Guid.NewGuid():N}.txt";
        await UploadAsync(clients, name, "di nuovo");
        await Eventually.ReturnsAsync(() => Runs(probes, name), r => r.Count >= 1);

        using var response = await host.Client.PostAsJsonAsync($"/admin/functions/{ProbeFunctions.BlobName}",
            new { input = $"{ProbeFunctions.Container}/{name}" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, (await Runs(probes, name)).Count);
    }

    [Fact]
    public async Task Every_function_of_the_app_is_reachable_through_the_local_host()
    {
        await using var host = await PortaleHost.StartAsync(azurite,
            settings: new Dictionary<string, string> { ["Portale:Clock:Now"] = "2026-03-10T10:00:00+01:00" });
        var functions = FunctionRequests.AllFunctions(host);
        Assert.Contains(functions, f => f.Name == PortalFunctions.Health);
        foreach (var function in functions)
        {
            if (function.Kind == Portale.LocalHost.Functions.TriggerKind.Http)
            {
                using var response = await host.Client.SendAsync(FunctionRequests.For(function));
                Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
                var body = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain(Portale.LocalHost.Http.HttpFunctionEndpoints.RouteNotFoundCode, body);
            }
            else
            {
                var input = function.Kind == Portale.LocalHost.Functions.TriggerKind.Blob
                    ? await PlaceSampleBlobAsync(host, function)
                    : null;
                using var response = await host.Client.PostAsJsonAsync($"/admin/functions/{function.Name}", new { input });
                Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{function.Name}: {response.StatusCode}");
            }
        }
    }

    private static async Task<string> PlaceSampleBlobAsync(PortaleHost host, Portale.LocalHost.Functions.FunctionDescriptor function)
    {
        var container = Portale.LocalHost.Blobs.BlobTriggerDispatcher.PatternOf(function).Container;
        var clients = host.Services.GetRequiredService<StorageClients>();
        var name = $"reachability-{Guid.NewGuid():N}.bin";
        await clients.Container(container).CreateIfNotExistsAsync();
        await clients.Container(container).GetBlobClient(name).UploadAsync(BinaryData.FromString("x"));
        return $"{container}/{name}";
    }

    private static async Task<BlobClient> UploadAsync(StorageClients clients, string name, string content)
    {
        var container = clients.Container(ProbeFunctions.Container);
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromString(content), overwrite: true);
        return blob;
    }

    private static async Task<List<(string Subject, string Detail)>> Runs(ProbeLog probes, string name) =>
        (await probes.ReadAsync(ProbeFunctions.BlobName)).Where(r => r.Subject == name).ToList();
}
