namespace Portale.Core.Uploads;

/// <summary>Files as uploaded (container <c>incoming</c>, blob <c>{companyId}/{uploadId}</c>).</summary>
public interface IIncomingFiles
{
    /// <summary>
    /// Streams <paramref name="content"/> into the blob; on any failure the
    /// partial blob is deleted and the error rethrown.
    /// </summary>
    Task WriteAsync(UploadRecord record, Stream content, CancellationToken cancellationToken);

    Task<Stream?> OpenReadAsync(string companyId, string uploadId, CancellationToken cancellationToken);

    /// <summary>The verdict the malware scanner wrote on the file; <see cref="MalwareScanResult.NotScanned"/> without one.</summary>
    Task<MalwareScanResult> ScanResultAsync(string companyId, string uploadId, CancellationToken cancellationToken);
}
