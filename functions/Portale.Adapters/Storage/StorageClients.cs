using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace Portale.Adapters.Storage;

/// <summary>The table and blob service clients, built once from <see cref="StorageOptions"/>.</summary>
public sealed class StorageClients
{
    public StorageClients(StorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.TableServiceUri) && !string.IsNullOrWhiteSpace(options.BlobServiceUri))
        {
            TokenCredential credential = string.IsNullOrWhiteSpace(options.ClientId)
                ? new DefaultAzureCredential()
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
            Tables = new TableServiceClient(new Uri(options.TableServiceUri), credential);
            Blobs = new BlobServiceClient(new Uri(options.BlobServiceUri), credential);
        }
        else if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Tables = new TableServiceClient(options.ConnectionString);
            Blobs = new BlobServiceClient(options.ConnectionString);
        }
        else
        {
            throw new InvalidOperationException(
                "Storage is not configured: set Portale:Storage:TableServiceUri and BlobServiceUri, or " +
                    "AzureWebJobsStorage.");
        }
    }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    public TableClient Table(string name) => Tables.GetTableClient(name);

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);
}
