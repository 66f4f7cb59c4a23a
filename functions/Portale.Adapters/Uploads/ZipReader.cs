using System.IO.Compression;

namespace Portale.Adapters.Uploads;

/// <summary>
/// Reads a .zip of answers without extracting it: <see cref="Entries"/> comes from the central
/// directory only, for <see cref="ZipEntryJudge"/>; <see cref="OpenEntry"/> then streams one
/// accepted entry through a <see cref="SizeLimitedStream"/>, so an entry whose header understates
/// its size still cannot inflate past the limit. Reading an entry may throw
/// <see cref="InvalidDataException"/> (corrupt data: <see cref="UploadMessages.InvalidFormat"/> of the
/// entry) or <see cref="UploadTooLargeException"/>.
/// </summary>
public sealed class ZipReader : IDisposable, IAsyncDisposable
{
    private readonly ZipArchive _archive;
    private readonly Stream? _ownedBuffer;

    private ZipReader(ZipArchive archive, Stream? ownedBuffer, IReadOnlyList<ZipEntryInfo> entries)
    {
        _archive = archive;
        _ownedBuffer = ownedBuffer;
        Entries = entries;
    }

    public IReadOnlyList<ZipEntryInfo> Entries { get; }

    /// <summary>
    /// Opens <paramref name="zip"/>, left open for the caller to dispose. A stream that cannot seek is
    /// first copied, at most <paramref name="maxArchiveBytes"/>, to a temporary file deleted on close.
    /// Throws a <see cref="RefusalException"/> (unsupported media type)
    /// with the manual's format message when it is not a
    /// .zip, and <see cref="UploadTooLargeException"/> when it is over the limit.
    /// </summary>
    public static async Task<ZipReader> OpenAsync(Stream zip, string zipName, CancellationToken cancellationToken,
        long maxArchiveBytes = UploadLimits.ZipMaxBytes)
    {
        var (seekable, owned) = await SeekableAsync(zip, maxArchiveBytes, cancellationToken);
        try
        {
            var archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            var entries =
                archive.Entries.Select(e => new ZipEntryInfo(e.FullName, e.CompressedLength, e.Length)).ToList();
            return new ZipReader(archive, owned, entries);
        }
        catch (InvalidDataException)
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
            throw new RefusalException(
                RefusalKind.UnsupportedMediaType, "format-invalid", UploadMessages.InvalidFormat(zipName));
        }
    }

    /// <summary>The entry's content, limited to <paramref name="maxBytes"/> whatever its header says.</summary>
    public Stream OpenEntry(ZipEntryInfo entry, long maxBytes = UploadLimits.ZipMaxEntryUncompressedBytes)
    {
        // By name, so it must be unique: the judge refuses duplicates, but only case-insensitively
        // among answer names, and an exact duplicate here must not silently pick one.
        var matches = _archive.Entries.Where(e => e.FullName == entry.Name).Take(2).ToList();
        if (matches.Count != 1)
        {
            throw new InvalidOperationException($"The archive has {matches.Count} entries named '{entry.Name}'.");
        }
        return new SizeLimitedStream(matches[0].Open(), maxBytes);
    }

    private static async Task<(Stream Seekable, Stream? Owned)> SeekableAsync(
        Stream zip, long maxBytes, CancellationToken cancellationToken)
    {
        if (zip.CanSeek)
        {
            return zip.Length - zip.Position > maxBytes ? throw new UploadTooLargeException(maxBytes) : (zip, null);
        }
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None,
            bufferSize: 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using (var limited = new SizeLimitedStream(zip, maxBytes, leaveOpen: true))
            {
                await limited.CopyToAsync(file, cancellationToken);
            }
            file.Position = 0;
            return (file, file);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public void Dispose()
    {
        _archive.Dispose();
        _ownedBuffer?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _archive.Dispose();
        if (_ownedBuffer is not null)
        {
            await _ownedBuffer.DisposeAsync();
        }
    }
}
