using System.Collections.Concurrent;

namespace Portale.LocalHost.Blobs;

/// <summary>
/// Azurite has no Event Grid: this watcher lists the trigger containers and hands each new blob
/// version to the dispatcher, a few at a time, as events would arrive in Azure.
/// </summary>
public sealed class BlobTriggerWatcher(
    FunctionCatalog catalog,
    StorageClients clients,
    BlobReceipts receipts,
    BlobTriggerDispatcher dispatcher,
    ILogger<BlobTriggerWatcher> logger) : BackgroundService
{
    private const int MaxParallel = 4;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(300);
    private readonly ConcurrentDictionary<string, Task> inFlight = new();
    private readonly SemaphoreSlim slots = new(MaxParallel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var functions = catalog.OfKind(TriggerKind.Blob).ToList();
        if (functions.Count == 0)
        {
            return;
        }
        await receipts.EnsureCreatedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var function in functions)
            {
                try
                {
                    await ScanAsync(function, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Could not scan the container of {Function}", function.Name);
                }
            }
            await Task.Delay(PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        await Task.WhenAll(inFlight.Values);
    }

    private async Task ScanAsync(FunctionDescriptor function, CancellationToken cancellationToken)
    {
        var container = clients.Container(BlobTriggerDispatcher.PatternOf(function).Container);
        if (!await container.ExistsAsync(cancellationToken))
        {
            return;
        }
        await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var key = $"{function.Name}|{blob.Name}|{blob.Properties.ETag}";
            var etag = blob.Properties.ETag!.Value;
            if (inFlight.ContainsKey(key)
                || await receipts.HasAsync(function.Name, container.Name, blob.Name, etag, cancellationToken))
            {
                continue;
            }
            await slots.WaitAsync(cancellationToken);
            inFlight[key] = Task.Run(async () =>
            {
                try
                {
                    await dispatcher.DispatchAsync(function, blob.Name, force: false, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Blob {Blob} could not be dispatched", blob.Name);
                }
                finally
                {
                    slots.Release();
                    inFlight.TryRemove(key, out _);
                }
            }, cancellationToken);
        }
    }
}
