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

    /// <summary>Uploads, of any company, still pending and received before <paramref name="receivedBefore"/> (oldest first).</summary>
    IAsyncEnumerable<UploadRecord> ListPendingAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken);

    /// <summary>Forgets an upload whose file never arrived (too large, broken connection).</summary>
    Task DeleteAsync(string companyId, string uploadId, CancellationToken cancellationToken);
}

/// <summary>Files as uploaded (container <c>incoming</c>, blob <c>{companyId}/{uploadId}</c>).</summary>
public interface IIncomingFiles
{
    /// <summary>Streams <paramref name="content"/> into the blob; on any failure the partial blob is deleted and the error rethrown.</summary>
    Task WriteAsync(UploadRecord record, Stream content, CancellationToken cancellationToken);

    Task<Stream?> OpenReadAsync(string companyId, string uploadId, CancellationToken cancellationToken);
}

/// <summary>"Invii falliti": rows keyed so that writing one twice leaves one row.</summary>
public interface IFailedUploadLog
{
    Task AddAsync(IReadOnlyList<FailedUpload> failures, CancellationToken cancellationToken);

    Task<UploadLogPage<FailedUpload>> ListAsync(string companyId, string? cursor, int take, CancellationToken cancellationToken);
}

/// <summary>"Comunicazioni libere", keyed by upload so that a retry writes the same row.</summary>
public interface ICommunicationLog
{
    Task AddAsync(Communication communication, CancellationToken cancellationToken);

    Task<UploadLogPage<Communication>> ListAsync(string companyId, string? cursor, int take, CancellationToken cancellationToken);
}

/// <summary>A .zip of answers opened for reading (implemented over ZipReader).</summary>
public interface IAnswerArchive : IAsyncDisposable
{
    IReadOnlyList<ZipEntryInfo> Entries { get; }

    /// <summary>The entry's bytes through a size limit; may throw InvalidDataException or <see cref="UploadTooLargeException"/>.</summary>
    Stream OpenEntry(ZipEntryInfo entry);
}

public interface IAnswerArchives
{
    /// <summary>Throws a <see cref="Refusals.RefusalException"/> (unsupported media type) when the file is not a .zip.</summary>
    Task<IAnswerArchive> OpenAsync(Stream zip, string zipName, CancellationToken cancellationToken);
}
