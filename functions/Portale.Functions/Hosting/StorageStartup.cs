using Portale.Adapters.Storage;

namespace Portale.Functions.Hosting;

/// <summary>Creates missing tables and containers when the app starts.</summary>
public sealed class StorageStartup(StorageInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
