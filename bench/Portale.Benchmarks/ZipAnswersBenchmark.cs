using System.IO.Compression;
using Azure;
using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using Portale.Adapters.Documents;
using Portale.Adapters.Letters;
using Portale.Adapters.Outages;
using Portale.Adapters.Publication;
using Portale.Adapters.Receipts;
using Portale.Adapters.Companies;
using Portale.Adapters.Storage;
using Portale.Adapters.Uploads;
using Portale.Core.Identity;
using Portale.Core.Calendar;
using Portale.Core.Letters;
using Portale.Core.Outages;
using Portale.Core.Receipts;
using Portale.Core.Uploads;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Portale.Benchmarks;

/// <summary>
/// A .zip of 200 one-page answers, received and processed end to end (stream to <c>incoming</c>,
/// read the archive, inspect each PDF, file each answer and change its letter), against simply
/// copying the same bytes into Azurite. Each iteration answers 200 fresh letters of a new company.
/// </summary>
[MemoryDiagnoser]
public class ZipAnswersBenchmark
{
    private const int Answers = 200;
    private LocalAzurite? azurite;
    private StorageClients? clients;
    private TableLetterStore? store;
    private UploadIntake? intake;
    private UploadProcessor? processor;
    private byte[] zip = [];
    private byte[] answerPdf = [];
    private string company = "";
    private int round;

    [GlobalSetup]
    public void Setup()
    {
        azurite = new LocalAzurite();
        clients = new StorageClients(new StorageOptions { ConnectionString = azurite.ConnectionString });
        new StorageInitializer(clients).EnsureCreatedAsync(CancellationToken.None).GetAwaiter().GetResult();
        store = BenchLetters.Store(clients);
        var reader = new LetterReader(store, TimeProvider.System);
        var uploads = new TableUploadStore(clients);
        var incoming = new BlobIncomingFiles(clients);
        var failures = new TableFailedUploadLog(clients);
        var receipts = new ReceiptIssuer(new TableReceiptStore(clients), new LocalReceiptSigner(clients, TimeProvider.System),
            new TableCompanyDirectory(clients), reader, TimeProvider.System);
        intake = new UploadIntake(uploads, incoming, store, failures, receipts, TimeProvider.System);
        var completeness = new AnswerCompleteness(new ResponseSla(WorkingDayCalendar.Standard), new AbsentAnswerRule(WorkingDayCalendar.Standard));
        processor = new UploadProcessor(uploads, incoming, new BlobDocumentStore(clients), new PdfPigInspector(), new ZipAnswerArchives(),
            reader, new LetterUpdates(store, reader), failures, new TableCommunicationLog(clients), BenchLetters.Feed(clients),
            new AnswerFiling(completeness, TimeProvider.System), new DisplacedAnswers(uploads, failures, receipts),
            new OutageClaims(new TableOutageReportStore(clients), new TableOutageStore(clients)), new MalwareScanOptions(),
            receipts);
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < Answers; i++)
            {
                using var entry = archive.CreateEntry($"R-P-26-{i:D7}_01.PDF").Open();
                entry.Write(answerPdf = OnePage($"Risposta {i}"));
            }
        }
        zip = buffer.ToArray();
    }

    [IterationSetup]
    public void FreshLetters()
    {
        company = $"bench{++round}";
        var fields = new LetterFields("1", "RECLAMI", "POD:IT001", ServiceType.Electricity, "MERCATO", "FATTURAZIONE", "Cliente", "Via Roma 1", 20, false, Sector.Energy);
        var published = DateTimeOffset.UtcNow.AddDays(-1);
        var letters = Enumerable.Range(0, Answers)
            .Select(i => new Letter(company, $"L-P-26-{i:D7}_01.PDF", Recipient.To, published, fields, "hash")
            {
                DownloadedAt = published.AddHours(1),
                DownloadedBy = "bench",
            })
            .ToList();
        store!.PublishAsync(letters, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task CopyIntoAzurite()
    {
        await clients!.Container(StorageNames.IncomingContainer).GetBlobClient($"copy/{company}")
            .UploadAsync(new MemoryStream(zip, writable: false), overwrite: true);
    }

    /// <summary>
    /// What filing must at least do, straight with the SDK at the portal's parallelism: the ZIP copied in, then
    /// per answer one blob write, one letter read and one transaction changing the letter's main and index rows.
    /// </summary>
    [Benchmark(Baseline = true)]
    public async Task SameWritesWithTheSdk()
    {
        await CopyIntoAzurite();
        var table = clients!.Table(StorageNames.CompanyLettersTable);
        var documents = clients.Container(StorageNames.DocumentsContainer);
        await Parallel.ForEachAsync(Enumerable.Range(0, Answers),
            new ParallelOptions { MaxDegreeOfParallelism = UploadProcessor.DefaultFilingParallelism }, async (i, ct) =>
            {
                var name = $"L-P-26-{i:D7}_01.PDF";
                await documents.GetBlobClient($"sdk/{company}/{name}").UploadAsync(new BinaryData(answerPdf), overwrite: true, ct);
                var main = (await table.GetEntityAsync<TableEntity>(company, LetterKeys.Main(name), cancellationToken: ct)).Value;
                var letter = LetterEntities.FromEntity(main);
                main["AnswerName"] = $"R-P-26-{i:D7}_01.PDF";
                main["AnsweredAt"] = DateTimeOffset.UtcNow;
                var index = new TableEntity(main) { RowKey = LetterKeys.Index(letter) };
                await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, main, main.ETag),
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, index, ETag.All),
                ], ct);
            });
    }

    [Benchmark]
    public async Task<int> ReceiveAndProcessZip()
    {
        var letters = Enumerable.Range(0, Answers).Select(i => $"L-P-26-{i:D7}_01.PDF").ToList();
        var record = await intake!.CheckAsync(company, new UploadForm("answers-zip", [string.Join(',', letters)], null, "risposte.zip"),
            new OperatorPrincipal("bench", "bench", "s"), CancellationToken.None);
        await intake.ReceiveAsync(record, new MemoryStream(zip, writable: false), CancellationToken.None);
        await processor!.ProcessAsync(company, record.UploadId, CancellationToken.None);
        var done = await new TableUploadStore(clients!).FindAsync(company, record.UploadId, CancellationToken.None);
        var accepted = done!.Results.Count(r => r.Outcome == UploadOutcome.Accepted);
        return accepted == Answers ? accepted : throw new InvalidOperationException($"Only {accepted} of {Answers} answers were filed.");
    }

    [GlobalCleanup]
    public void Cleanup() => azurite?.Dispose();

    private static byte[] OnePage(string text)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddText(text, 12, new PdfPoint(40, 780), builder.AddStandard14Font(Standard14Font.Helvetica));
        return builder.Build();
    }
}
