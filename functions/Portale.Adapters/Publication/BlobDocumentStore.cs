using Azure;

namespace Portale.Adapters.Publication;

/// <summary>PDFs in container <c>documents</c>, stored once and read as a stream (never whole in memory).</summary>
public sealed class BlobDocumentStore(StorageClients clients) : IDocumentStore
{
    public Task PutAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        clients.Container(StorageNames.DocumentsContainer).GetBlobClient(path)
            .UploadAsync(BinaryData.FromBytes(content), overwrite: true, cancellationToken);

    public Task DeleteAsync(string path, CancellationToken cancellationToken) =>
        clients.Container(StorageNames.DocumentsContainer).GetBlobClient(path)
            .DeleteIfExistsAsync(cancellationToken: cancellationToken);

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await clients.Container(StorageNames.DocumentsContainer).GetBlobClient(path)
                .OpenReadAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
