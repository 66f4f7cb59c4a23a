namespace Portale.IntegrationTests.Infrastructure;

/// <summary>
/// An Azurite of a test class's own, for the time-rule jobs that pass over every company: Azurite scans a
/// table's whole collection for each query (docs/api.md, Cost), so on the run's shared Azurite, after the
/// size tests' tens of thousands of letters and hundreds of companies, one pass would cost minutes that
/// Table Storage, reading each company's due range from its key index, never spends.
/// </summary>
public sealed class DedicatedAzurite : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; } = new();

    public Task InitializeAsync() => Azurite.InitializeAsync();

    public Task DisposeAsync() => Azurite.DisposeAsync();
}
