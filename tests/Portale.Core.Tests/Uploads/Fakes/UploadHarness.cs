using System.IO.Compression;
using Microsoft.Extensions.Time.Testing;
using Portale.Core.Calendar;
using Portale.Core.Companies;
using Portale.Core.Letters;
using Portale.Core.Outages;
using Portale.Core.Receipts;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads.Fakes;

/// <summary>An <see cref="UploadProcessor"/> over in-memory ports, with crashes to inject.</summary>
public sealed class UploadHarness
{
    public const string Company = "C001";
    public const string CompanyName = "Energia di Prova S.p.A.";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.Parse("2026-03-10T10:00:00Z"));
    public Faults Faults { get; } = new();
    public InMemoryUploadStore Uploads { get; }
    public InMemoryIncomingFiles Incoming { get; }
    public InMemoryDocuments Documents { get; }
    public InMemoryLetterStore Letters { get; }
    public InMemoryFailedUploadLog Failures { get; }
    public InMemoryChangeFeed Feed { get; } = new();
    public InMemoryReceiptStore Receipts { get; }
    public InMemoryReceiptSigner Signer { get; } = new();

    public MalwareScanOptions MalwareScan { get; } = new();
    public InMemoryOutageStore Outages { get; } = new();
    public InMemoryOutageReportStore Reports { get; } = new();
    public UploadProcessor Processor { get; }
    public StalledUploadExpiry Expiry { get; }

    public UploadHarness()
    {
        Uploads = new(Faults);
        Incoming = new(Faults);
        Documents = new(Faults);
        Letters = new(Faults);
        Failures = new(Faults);
        Receipts = new(Faults);
        var reader = new LetterReader(Letters, Clock);
        var receipts = new ReceiptIssuer(Receipts, Signer, new DailyReports.Companies(new Company(Company, CompanyName, "01234567890", "pec@test.it", [])), reader, Clock);
        Processor = new UploadProcessor(Uploads, Incoming, Documents, new PrefixPdfInspector(), new ZipAnswerArchives(), reader,
            new LetterUpdates(Letters, reader), Failures, new InMemoryCommunicationLog(), Feed,
            new AnswerFiling(new AnswerCompleteness(new ResponseSla(WorkingDayCalendar.Standard), new AbsentAnswerRule(WorkingDayCalendar.Standard)), Clock),
            new DisplacedAnswers(Uploads, Failures, receipts), new OutageClaims(Reports, Outages), MalwareScan, receipts);
        Expiry = new StalledUploadExpiry(Uploads, Processor, Failures, receipts, Clock);
    }

    public static byte[] Pdf(string text) => [.. "%PDF-1.4 "u8.ToArray(), .. System.Text.Encoding.ASCII.GetBytes(text)];

    /// <summary>A TO letter published yesterday and downloaded: it may be answered.</summary>
    public string LetterToWork(string caseNumber)
    {
        var name = $"L-P-25-{caseNumber}_01.PDF";
        var published = Clock.GetUtcNow().AddDays(-1);
        Letters.Put(new Letter(Company, name, Recipient.To, published,
            new LetterFields("case", "type", "utility", default, "topic", "sub", "customer", "address", 30, false, default), "hash")
        {
            DownloadedAt = published.AddHours(1),
            DownloadedBy = "operator",
        });
        return name;
    }

    public UploadRecord Receive(UploadKind kind, IReadOnlyList<string> letters, string fileName, byte[] content)
    {
        var record = new UploadRecord(Company, Guid.NewGuid().ToString("N"), kind, letters, null, fileName, "operator", Clock.GetUtcNow());
        Uploads.Records.Add(record.UploadId, record);
        Incoming.Files[record.UploadId] = content;
        return record;
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(content);
            }
        }
        return buffer.ToArray();
    }

    public UploadRecord Stored(UploadRecord upload) => Uploads.Records[upload.UploadId];

    public LetterAnswer? AnswerOf(string letter) => Letters.Letters[letter].Answer;
}
