using Portale.Core.Documents;
using Portale.Core.Receipts;
using Portale.Core.Time;
using Portale.Core.Tests.Uploads.Fakes;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Receipts;

/// <summary>
/// The processing issues the receipts before the upload's status: every accepted answer and every refusal has
/// one, a crash in between is completed by the next run, and a receipt once issued never changes.
/// </summary>
public sealed class UploadReceiptTests
{
    private readonly UploadHarness h = new();

    private static string AnswerName(string letter) => DocumentName.Parse(letter).ToAnswerName().ToString();

    private Task<UploadProcessing> Process(UploadRecord upload) =>
        h.Processor.ProcessAsync(UploadHarness.Company, upload.UploadId, default);

    [Fact]
    public async Task An_accepted_answer_has_a_signed_receipt_stating_what_arrived_and_when()
    {
        var letter = h.LetterToWork("0000001");
        var pdf = UploadHarness.Pdf("a");
        var upload = h.Receive(UploadKind.Answer, [letter], AnswerName(letter), pdf);
        h.Clock.Advance(TimeSpan.FromMinutes(3)); // the processing runs later: the receipt keeps the arrival

        await Process(upload);

        var id = UploadKeys.AnswerReceiptKey(upload.ReceivedAt, upload.UploadId, letter);
        var jws = h.Receipts.Rows[(UploadHarness.Company, id)];
        var receipt = ReceiptJson.Parse(CompactJws.Verify(jws, await h.Signer.PublicKeysAsync(default))!);
        Assert.Equal(new Receipt(
            id, ReceiptKind.Answer, UploadHarness.Company, UploadHarness.CompanyName, letter, AnswerName(letter),
            DocumentHash.Of(pdf), upload.ReceivedAt, RomeTime.DateOf(upload.ReceivedAt), null, upload.UploadId,
            "operator", h.Clock.GetUtcNow(), null, null), receipt);
    }

    [Fact]
    public async Task Each_answer_of_a_zip_and_each_refused_entry_has_its_own_receipt()
    {
        var first = h.LetterToWork("0000001");
        var second = h.LetterToWork("0000002");
        var zip = UploadHarness.Zip(
            (AnswerName(first), UploadHarness.Pdf("1")), (AnswerName(second), UploadHarness.Pdf("2")),
            ("R-P-25-9999999_01.PDF", "not a pdf"u8.ToArray()));
        var upload = h.Receive(UploadKind.AnswersZip, [first, second], "risposte.zip", zip);

        await Process(upload);

        var receipts = h.Receipts.Of(UploadHarness.Company).ToList();
        Assert.Equal([first, second], receipts.Where(r => r.Kind == ReceiptKind.Answer).Select(r => r.Letter).Order());
        Assert.Equal(
            [DocumentHash.Of(UploadHarness.Pdf("1")), DocumentHash.Of(UploadHarness.Pdf("2"))],
            receipts.Where(r => r.Kind == ReceiptKind.Answer).OrderBy(r => r.Letter).Select(r => r.Sha256));
        var refusal = Assert.Single(receipts, r => r.Kind == ReceiptKind.Refusal);
        Assert.Equal("answer-name-mismatch", refusal.RefusalCode);
        Assert.Equal(UploadMessages.AnswerNameMismatch, refusal.RefusalReason);
        Assert.Equal(h.Failures.Rows.Single().Value.Key, refusal.ReceiptId); // the "invio fallito" names its receipt
    }

    [Fact]
    public async Task A_crash_before_the_receipt_leaves_the_upload_pending_and_the_next_run_issues_it()
    {
        var letter = h.LetterToWork("0000001");
        var upload = h.Receive(UploadKind.Answer, [letter], AnswerName(letter), UploadHarness.Pdf("a"));
        h.Faults.FailOn("receipts.add");

        await Assert.ThrowsAsync<IOException>(() => Process(upload));
        Assert.Equal(UploadStatus.Pending, h.Stored(upload).Status);
        Assert.Equal(upload.UploadId, h.AnswerOf(letter)!.UploadId);
        Assert.Empty(h.Receipts.Rows);

        Assert.Equal(UploadProcessing.Done, await Process(upload));
        Assert.Equal(UploadStatus.Accepted, h.Stored(upload).Status);
        var receipt = Assert.Single(h.Receipts.Of(UploadHarness.Company));
        Assert.Equal(DocumentHash.Of(UploadHarness.Pdf("a")), receipt.Sha256);
    }

    [Fact]
    public async Task A_receipt_is_written_once_and_a_replacement_answer_gets_its_own()
    {
        var letter = h.LetterToWork("0000001");
        var first = h.Receive(UploadKind.Answer, [letter], AnswerName(letter), UploadHarness.Pdf("a"));
        await Process(first);
        var firstId = UploadKeys.AnswerReceiptKey(first.ReceivedAt, first.UploadId, letter);
        var issued = h.Receipts.Rows[(UploadHarness.Company, firstId)];

        h.Clock.Advance(TimeSpan.FromHours(1));
        var replacement = h.Receive(UploadKind.Answer, [letter], AnswerName(letter), UploadHarness.Pdf("b"));
        await Process(replacement);
        h.Uploads.Records[first.UploadId] = first; // pending again: a rerun of the first upload
        await Process(first);

        Assert.Equal(issued, h.Receipts.Rows[(UploadHarness.Company, firstId)]);
        var second = ReceiptJson.Parse(CompactJws.Payload(
            h.Receipts.Rows[(UploadHarness.Company, UploadKeys.AnswerReceiptKey(replacement.ReceivedAt, replacement.UploadId, letter))]));
        Assert.Equal(DocumentHash.Of(UploadHarness.Pdf("b")), second.Sha256);
        Assert.Equal(2, h.Receipts.Rows.Count);
    }

    [Fact]
    public async Task A_communication_has_a_receipt_under_its_row_key()
    {
        var upload = h.Receive(UploadKind.Communication, [], "lettera.pdf", UploadHarness.Pdf("c"));

        await Process(upload);

        var receipt = Assert.Single(h.Receipts.Of(UploadHarness.Company));
        Assert.Equal(ReceiptKind.Communication, receipt.Kind);
        Assert.Equal(UploadKeys.LogKey(upload, 0), receipt.ReceiptId);
        Assert.Null(receipt.Letter);
    }
}
