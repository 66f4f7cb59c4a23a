namespace Portale.Adapters.Storage;

/// <summary>
/// Where the portal's data lives. In Azure: service URIs and a managed identity
/// (<c>Portale:Storage:*</c>); locally: the <c>AzureWebJobsStorage</c> connection string (Azurite).
/// </summary>
public sealed class StorageOptions
{
    public string? TableServiceUri { get; set; }
    public string? BlobServiceUri { get; set; }
    public string? ClientId { get; set; }
    public string? ConnectionString { get; set; }

    /// <summary>Benchmarks and tests: count every storage request (<see cref="StorageCostMeter"/>).</summary>
    public bool CostMeter { get; set; }
}
