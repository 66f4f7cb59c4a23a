using Azure;
using Azure.Storage.Blobs.Models;

namespace Portale.Adapters.Uploads;

/// <summary>
/// Uploaded files in container <c>incoming</c> as <c>{companyId}/{uploadId}</c>, streamed in blocks. Defender
/// for Storage writes its verdict on each as the blob index tag <see cref="ScanResultTag"/>.
/// </summary>
public sealed class BlobIncomingFiles(StorageClients clients) : IIncomingFiles
{
    public const string ScanResultTag = "Malware Scanning scan result";

    public static string BlobName(string companyId, string uploadId) => $"{companyId}/{uploadId}";

    public async Task WriteAsync(UploadRecord record, Stream content, CancellationToken cancellationToken)
    {
        var blob = clients.Container(StorageNames.IncomingContainer).GetBlobClient(
            BlobName(record.CompanyId, record.UploadId));
        try
        {
            await blob.UploadAsync(content, new BlobUploadOptions
            {
                Metadata = new Dictionary<string, string>
                {
                    ["companyId"] = record.CompanyId,
                    ["uploadId"] = record.UploadId,
                    ["kind"] = record.Kind.ToApiName(),
                    ["uploadedBy"] = Uri.EscapeDataString(record.UploadedBy),
                },
                TransferOptions = new Azure.Storage.StorageTransferOptions
                {
                    MaximumTransferSize = 4 * 1024 * 1024,
                    InitialTransferSize = 4 * 1024 * 1024,
                },
            }, cancellationToken);
        }
        catch
        {
            // Uncommitted blocks are never visible, but a blob committed before the failure surfaced must not stay.
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            throw;
        }
    }

    public async Task<Stream?> OpenReadAsync(string companyId, string uploadId, CancellationToken cancellationToken)
    {
        try
        {
            return await clients.Container(StorageNames.IncomingContainer).GetBlobClient(BlobName(companyId, uploadId))
                .OpenReadAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>"Malicious" and "No threats found" are Defender's words; anything else is no verdict.</summary>
    public async Task<MalwareScanResult> ScanResultAsync(
        string companyId, string uploadId, CancellationToken cancellationToken)
    {
        try
        {
            var tags = await clients.Container(StorageNames.IncomingContainer)
                .GetBlobClient(BlobName(companyId, uploadId)).GetTagsAsync(cancellationToken: cancellationToken);
            return tags.Value.Tags.TryGetValue(ScanResultTag, out var verdict) ? verdict switch
            {
                "Malicious" => MalwareScanResult.Malicious,
                "No threats found" => MalwareScanResult.NoThreatsFound,
                _ => MalwareScanResult.NotScanned,
            } : MalwareScanResult.NotScanned;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return MalwareScanResult.NotScanned;
        }
    }
}
