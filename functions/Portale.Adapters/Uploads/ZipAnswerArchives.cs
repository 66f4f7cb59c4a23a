namespace Portale.Adapters.Uploads;

/// <summary><see cref="IAnswerArchives"/> over <see cref="ZipReader"/>.</summary>
public sealed class ZipAnswerArchives : IAnswerArchives
{
    public async Task<IAnswerArchive> OpenAsync(Stream zip, string zipName, CancellationToken cancellationToken) =>
        new Archive(await ZipReader.OpenAsync(zip, zipName, cancellationToken));

    private sealed class Archive(ZipReader reader) : IAnswerArchive
    {
        public IReadOnlyList<ZipEntryInfo> Entries => reader.Entries;

        public Stream OpenEntry(ZipEntryInfo entry) => reader.OpenEntry(entry);

        public ValueTask DisposeAsync() => reader.DisposeAsync();
    }
}
