using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace Portale.Adapters.Storage;

/// <summary>The table and blob service clients, built once from <see cref="StorageOptions"/>.</summary>
public sealed class StorageClients
{
    public StorageClients(StorageOptions options)
    {
        CostMeter = options.CostMeter ? new StorageCostMeter() : null;
        var tableOptions = new TableClientOptions();
        var blobOptions = new BlobClientOptions();
        if (CostMeter is { } meter)
        {
            tableOptions.AddPolicy(meter.TablePolicy, HttpPipelinePosition.PerRetry);
            blobOptions.AddPolicy(meter.BlobPolicy, HttpPipelinePosition.PerRetry);
        }
        if (!string.IsNullOrWhiteSpace(options.TableServiceUri) && !string.IsNullOrWhiteSpace(options.BlobServiceUri))
        {
            TokenCredential credential = string.IsNullOrWhiteSpace(options.ClientId)
                ? new DefaultAzureCredential()
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
            Tables = new TableServiceClient(new Uri(options.TableServiceUri), credential, tableOptions);
            Blobs = new BlobServiceClient(new Uri(options.BlobServiceUri), credential, blobOptions);
        }
        else if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Tables = new TableServiceClient(options.ConnectionString, tableOptions);
            Blobs = new BlobServiceClient(options.ConnectionString, blobOptions);
        }
        else
        {
            throw new InvalidOperationException(
                "Storage is not configured: set Portale:Storage:TableServiceUri and BlobServiceUri, or " +
                    "AzureWebJobsStorage.");
        }
    }

    /// <summary>The meter counting every request of these clients, when <see cref="StorageOptions.CostMeter"/> asks.</summary>
    public StorageCostMeter? CostMeter { get; }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    public TableClient Table(string name) => Tables.GetTableClient(name);

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);
}
