namespace Portale.Core.Uploads;

/// <summary>A .zip of answers opened for reading (implemented over ZipReader).</summary>
public interface IAnswerArchive : IAsyncDisposable
{
    IReadOnlyList<ZipEntryInfo> Entries { get; }

    /// <summary>
    /// The entry's bytes through a size limit; may throw InvalidDataException or <see cref="UploadTooLargeException"/>.
    /// </summary>
    Stream OpenEntry(ZipEntryInfo entry);
}
