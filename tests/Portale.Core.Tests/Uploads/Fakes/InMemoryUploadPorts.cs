using System.IO.Compression;
using System.Runtime.CompilerServices;
using Portale.Core.Concurrency;
using Portale.Core.Feed;
using Portale.Core.Letters;
using Portale.Core.Outages;
using Portale.Core.Paging;
using Portale.Core.Publication;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads.Fakes;

public sealed class InMemoryUploadStore(Faults faults) : IUploadStore
{
    public Dictionary<string, UploadRecord> Records { get; } = [];

    public Task AddAsync(UploadRecord record, CancellationToken cancellationToken)
    {
        Records.Add(record.UploadId, record);
        return Task.CompletedTask;
    }

    public Task<UploadRecord?> FindAsync(string companyId, string uploadId, CancellationToken cancellationToken) =>
        Task.FromResult(Records.TryGetValue(uploadId, out var r) && r.CompanyId == companyId ? r : null);

    public Task CompleteAsync(UploadRecord record, CancellationToken cancellationToken)
    {
        faults.Hit("uploads.complete");
        Records[record.UploadId] = record;
        return Task.CompletedTask;
    }

    public Task<bool> CompleteIfPendingAsync(UploadRecord record, CancellationToken cancellationToken)
    {
        faults.Hit("uploads.complete-if-pending");
        if (Records[record.UploadId].Status != UploadStatus.Pending)
        {
            return Task.FromResult(false);
        }
        Records[record.UploadId] = record;
        return Task.FromResult(true);
    }

    public async IAsyncEnumerable<UploadRecord> ListPendingAsync(DateTimeOffset receivedBefore, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var r in Records.Values.Where(r => r.Status == UploadStatus.Pending && r.ReceivedAt < receivedBefore).OrderBy(r => r.ReceivedAt).ToList())
        {
            yield return r;
        }
    }

    public Task DeleteAsync(string companyId, string uploadId, CancellationToken cancellationToken)
    {
        Records.Remove(uploadId);
        return Task.CompletedTask;
    }
}

public sealed class InMemoryIncomingFiles(Faults faults) : IIncomingFiles
{
    public Dictionary<string, byte[]> Files { get; } = [];

    public async Task WriteAsync(UploadRecord record, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        Files[record.UploadId] = buffer.ToArray();
    }

    public Task<Stream?> OpenReadAsync(string companyId, string uploadId, CancellationToken cancellationToken)
    {
        faults.Hit("incoming.open");
        return Task.FromResult<Stream?>(Files.TryGetValue(uploadId, out var bytes) ? new MemoryStream(bytes, writable: false) : null);
    }

    /// <summary>The verdicts a scanner wrote, by upload id; none means not scanned, as on Azurite.</summary>
    public Dictionary<string, MalwareScanResult> ScanResults { get; } = [];

    public Task<MalwareScanResult> ScanResultAsync(string companyId, string uploadId, CancellationToken cancellationToken) =>
        Task.FromResult(ScanResults.GetValueOrDefault(uploadId, MalwareScanResult.NotScanned));
}

public sealed class InMemoryDocuments(Faults faults) : IDocumentStore
{
    public Dictionary<string, byte[]> Blobs { get; } = [];

    /// <summary>Awaited before each write, e.g. to hold writes and see how many run at once.</summary>
    public Func<Task>? BeforePut { get; set; }

    public async Task PutAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (BeforePut is { } before)
        {
            await before();
        }
        faults.Hit("documents.put");
        lock (Blobs)
        {
            Blobs[path] = content.ToArray();
        }
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        lock (Blobs)
        {
            Blobs.Remove(path);
        }
        return Task.CompletedTask;
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(Blobs.TryGetValue(path, out var b) ? new MemoryStream(b, writable: false) : null);
}

/// <summary>A PDF is anything starting with %PDF: the processor's flow is under test, not PDF parsing.</summary>
public sealed class PrefixPdfInspector : IPdfInspector
{
    public async Task<PdfInspection> InspectAsync(Stream pdf, CancellationToken cancellationToken)
    {
        var head = new byte[4];
        var read = await pdf.ReadAtLeastAsync(head, 4, throwOnEndOfStream: false, cancellationToken);
        return PdfInspection.Of(read == 4 && head.SequenceEqual("%PDF"u8.ToArray()) ? PdfCheck.Valid : PdfCheck.NotPdf);
    }
}

public sealed class ZipAnswerArchives : IAnswerArchives
{
    public Task<IAnswerArchive> OpenAsync(Stream zip, string zipName, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        zip.CopyTo(buffer);
        buffer.Position = 0;
        return Task.FromResult<IAnswerArchive>(new Archive(new ZipArchive(buffer, ZipArchiveMode.Read)));
    }

    private sealed class Archive(ZipArchive zip) : IAnswerArchive
    {
        public IReadOnlyList<ZipEntryInfo> Entries { get; } = zip.Entries.Select(e => new ZipEntryInfo(e.FullName, e.CompressedLength, e.Length)).ToList();

        public Stream OpenEntry(ZipEntryInfo entry) => zip.GetEntry(entry.Name)!.Open();

        public ValueTask DisposeAsync()
        {
            zip.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

public sealed class InMemoryFailedUploadLog(Faults faults) : IFailedUploadLog
{
    public Dictionary<string, FailedUpload> Rows { get; } = [];

    public Task AddAsync(IReadOnlyList<FailedUpload> failures, CancellationToken cancellationToken)
    {
        faults.Hit("failures.add");
        foreach (var f in failures)
        {
            Rows[$"{f.CompanyId}/{f.Key}"] = f;
        }
        return Task.CompletedTask;
    }

    public Task<Page<FailedUpload>> ListAsync(string companyId, string? cursor, int take, CancellationToken cancellationToken) =>
        Task.FromResult(new Page<FailedUpload>(Rows.Values.Where(r => r.CompanyId == companyId).ToList(), null, Rows.Count));

    public Task<IReadOnlyList<FailedUpload>> ListOfUploadAsync(UploadRecord upload, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FailedUpload>>(Rows.Values
            .Where(r => r.CompanyId == upload.CompanyId && r.Key.StartsWith(UploadKeys.LogPrefix(upload), StringComparison.Ordinal)).ToList());
}

public sealed class InMemoryOutageStore : IOutageStore
{
    public Dictionary<string, Outage> Outages { get; } = [];

    public Task<IReadOnlyList<Outage>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Outage>>(Outages.Values.ToList());

    public Task<Outage?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Outages.GetValueOrDefault(id));

    public Task SaveAsync(Outage outage, CancellationToken cancellationToken)
    {
        Outages[outage.Id] = outage;
        return Task.CompletedTask;
    }
}

public sealed class InMemoryOutageReportStore : IOutageReportStore
{
    public List<OutageReport> Reports { get; } = [];

    public Task AddAsync(OutageReport report, CancellationToken cancellationToken)
    {
        Reports.Add(report);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutageReport>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutageReport>>(Reports.Where(r => r.CompanyId == companyId).OrderByDescending(r => r.ReportedAt).ToList());
}

public sealed class InMemoryCommunicationLog : ICommunicationLog
{
    public Dictionary<string, Communication> Rows { get; } = [];

    public Task AddAsync(Communication communication, CancellationToken cancellationToken)
    {
        Rows[$"{communication.CompanyId}/{communication.Key}"] = communication;
        return Task.CompletedTask;
    }

    public Task<Communication?> FindAsync(string companyId, string key, CancellationToken cancellationToken) =>
        Task.FromResult(Rows.GetValueOrDefault($"{companyId}/{key}"));

    public Task<Page<Communication>> ListAsync(string companyId, string? cursor, int take, CancellationToken cancellationToken) =>
        Task.FromResult(new Page<Communication>(Rows.Values.ToList(), null, Rows.Count));
}

/// <summary>The change feed's items recorded on their own (communications), once per key, numbered per company.</summary>
public sealed class InMemoryChangeFeed : IChangeFeed
{
    public List<ChangeItem> Items { get; } = [];

    public Task RecordAsync(ChangeItem item, CancellationToken cancellationToken)
    {
        if (Items.All(i => i.Key != item.Key || i.CompanyId != item.CompanyId))
        {
            Items.Add(item with { Sequence = Items.Count(i => i.CompanyId == item.CompanyId) + 1 });
        }
        return Task.CompletedTask;
    }

    public Task PumpAsync(string companyId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<long> HeadAsync(string? companyId, CancellationToken cancellationToken) =>
        Task.FromResult((long)Items.Count(i => companyId is null || i.CompanyId == companyId));

    public Task<IReadOnlyDictionary<string, long>> PumpedAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, long>>(new Dictionary<string, long>());

    public Task<IReadOnlyList<ChangeItem>> ReadAsync(
        string? companyId, long from, long to, ChangeFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChangeItem>>(
            Items.Where(i => i.CompanyId == companyId && i.Sequence >= from && i.Sequence <= to).ToList());
}

/// <summary>Letters by name with a version per write, as the table store's ETags.</summary>
public sealed class InMemoryLetterStore(Faults faults) : ILetterStore
{
    public Dictionary<string, Letter> Letters { get; } = [];

    public int Writes { get; private set; }

    /// <summary>Calls of <see cref="UpdateAsync"/>: each a transaction (or a few) in the table store.</summary>
    public int Updates { get; private set; }

    public void Put(Letter letter) => Letters[letter.Name] = letter with { Version = Guid.NewGuid().ToString() };

    public Task<Letter?> FindAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        lock (Letters)
        {
            return Task.FromResult(Letters.TryGetValue(name, out var l) && l.CompanyId == companyId ? l : null);
        }
    }

    public Task<IReadOnlyList<Letter>> FindManyAsync(string companyId, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        lock (Letters)
        {
            return Task.FromResult<IReadOnlyList<Letter>>(names.Where(Letters.ContainsKey).Select(n => Letters[n]).Where(l => l.CompanyId == companyId).ToList());
        }
    }

    /// <summary>Awaited before each update, e.g. to see how many run at once.</summary>
    public Func<Task>? BeforeUpdate { get; set; }

    public async Task UpdateAsync(string companyId, IReadOnlyList<LetterChange> changes, CancellationToken cancellationToken)
    {
        if (BeforeUpdate is { } before)
        {
            await before();
        }
        faults.Hit("letters.update");
        lock (Letters)
        {
            Updates++;
            if (changes.Any(c => Letters[c.Before.Name].Version != c.Before.Version))
            {
                throw new ConcurrencyConflictException("changed meanwhile");
            }
            foreach (var c in changes)
            {
                Put(c.After);
                Writes++;
            }
        }
    }

    public Task<KeyedPage<Letter>> ReadNewestFirstAsync(string companyId, Section section, LetterFilter filter, DateOnly today, string? after, int take, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<Letter> ReadSectionAsync(string companyId, Section section, LetterFilter filter, DateOnly today, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<int> CountAsync(string companyId, Section section, LetterFilter filter, DateOnly today, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task PublishAsync(IReadOnlyList<Letter> letters, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <summary>As the table store's due index: the letters whose due day for the rule is on or before the day.</summary>
    public IAsyncEnumerable<Letter> ReadDueAsync(string companyId, LetterTimeRule rule, DateOnly through, CancellationToken cancellationToken) =>
        Letters.Values.Where(l => l.CompanyId == companyId && LetterDueDays.Of(l, rule) <= through)
            .OrderBy(l => LetterDueDays.Of(l, rule)).ToAsyncEnumerable();
}
