namespace Portale.Core.Uploads;

/// <summary>Upload records (table <c>uploads</c>), one partition per company.</summary>
public interface IUploadStore
{
    Task AddAsync(UploadRecord record, CancellationToken cancellationToken);

    /// <summary>Null for an unknown id or another company's upload.</summary>
    Task<UploadRecord?> FindAsync(string companyId, string uploadId, CancellationToken cancellationToken);

    /// <summary>Writes the final status and results; idempotent.</summary>
    Task CompleteAsync(UploadRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a final status and results only if the upload is still pending (conditional on its ETag):
    /// false, and nothing written, when another run completed it meanwhile.
    /// </summary>
    Task<bool> CompleteIfPendingAsync(UploadRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Uploads, of any company, still pending and received before <paramref name="receivedBefore"/> (oldest first).
    /// </summary>
    IAsyncEnumerable<UploadRecord> ListPendingAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken);

    /// <summary>Forgets an upload whose file never arrived (too large, broken connection).</summary>
    Task DeleteAsync(string companyId, string uploadId, CancellationToken cancellationToken);
}
