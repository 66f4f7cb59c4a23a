using Portale.Core.Documents;
using Portale.Core.Tests.Uploads.Fakes;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

/// <summary>
/// A crash at any point leaves the upload pending, and the next run completes it with no duplicate
/// answer, failure row or "first answer", and without losing the accepted answer.
/// </summary>
public sealed class UploadProcessorCrashTests
{
    private readonly UploadHarness h = new();

    private static string AnswerName(string letter) => DocumentName.Parse(letter).ToAnswerName().ToString();

    [Fact]
    public async Task Crash_after_filing_the_document_before_the_letter_update_is_completed_by_the_next_run()
    {
        var letter = h.LetterToWork("0000001");
        var upload = h.Receive(UploadKind.Answer, [letter], AnswerName(letter), UploadHarness.Pdf("a"));
        h.Faults.FailOn("letters.update");

        await Assert.ThrowsAsync<IOException>(() => h.Processor.ProcessAsync(UploadHarness.Company, upload.UploadId, default));
        Assert.Equal(UploadStatus.Pending, h.Stored(upload).Status);
        Assert.Null(h.AnswerOf(letter));

        Assert.Equal(UploadProcessing.Done, await h.Processor.ProcessAsync(UploadHarness.Company, upload.UploadId, default));
        Assert.Equal(UploadStatus.Accepted, h.Stored(upload).Status);
        var answer = h.AnswerOf(letter)!;
        Assert.Equal(upload.UploadId, answer.UploadId);
        Assert.Null(answer.ReplacedUploadId);
        Assert.Null(answer.FirstAnsweredAt);
        Assert.True(h.Documents.Blobs.ContainsKey(UploadKeys.AnswerPath(UploadHarness.Company, upload.UploadId, answer.Name)));
        Assert.Equal(1, h.Letters.Writes);
        Assert.Empty(h.Failures.Rows);
    }

    [Theory]
    [InlineData("failures.add")]
    [InlineData("uploads.complete")]
    public async Task Crash_after_the_letter_update_before_the_status_is_completed_without_duplicates(string crashPoint)
    {
        var first = h.LetterToWork("0000001");
        var second = h.LetterToWork("0000002");
        var zip = UploadHarness.Zip((AnswerName(first), UploadHarness.Pdf("1")), (AnswerName(second), "not a pdf"u8.ToArray()));
        var upload = h.Receive(UploadKind.AnswersZip, [first, second], "risposte.zip", zip);
        h.Faults.FailOn(crashPoint);

        await Assert.ThrowsAsync<IOException>(() => h.Processor.ProcessAsync(UploadHarness.Company, upload.UploadId, default));
        Assert.Equal(UploadStatus.Pending, h.Stored(upload).Status);
        Assert.Equal(upload.UploadId, h.AnswerOf(first)!.UploadId); // already filed: must survive the rerun

        Assert.Equal(UploadProcessing.Done, await h.Processor.ProcessAsync(UploadHarness.Company, upload.UploadId, default));
        var stored = h.Stored(upload);
        Assert.Equal(UploadStatus.Accepted, stored.Status);
        Assert.Equal([UploadOutcome.Accepted, UploadOutcome.Rejected], stored.Results.Select(r => r.Outcome));
        var answer = h.AnswerOf(first)!;
        Assert.Equal(upload.UploadId, answer.UploadId);
        Assert.Null(answer.ReplacedUploadId); // the rerun is not a second answer replacing the first
        Assert.Null(answer.FirstAnsweredAt);
        Assert.Equal(1, h.Letters.Writes);
        Assert.Null(h.AnswerOf(second));
        Assert.Single(h.Failures.Rows);
    }

    [Fact]
    public async Task Crash_in_the_middle_of_a_zip_is_completed_by_the_next_run()
    {
        var letters = new[] { h.LetterToWork("0000001"), h.LetterToWork("0000002"), h.LetterToWork("0000003") };
        var zip = UploadHarness.Zip(letters.Select(l => (AnswerName(l), UploadHarness.Pdf(l))).ToArray());
        var upload = h.Receive(UploadKind.AnswersZip, letters, "risposte.zip", zip);
        h.Faults.FailOn("documents.put", nth: 2);

        await Assert.ThrowsAsync<IOException>(() => h.Processor.ProcessAsync(UploadHarness.Company, upload.UploadId, default));
        Assert.Equal(UploadStatus.Pending, h.Stored(upload).Status);
        // The letters change only once all their PDFs are written: none points at a missing one.
        Assert.All(letters, l => Assert.Null(h.AnswerOf(l)));

        Assert.Equal(UploadProcessing.Done, await h.Processor.ProcessAsync(UploadHarness.Company, upload.UploadId, default));
        var stored = h.Stored(upload);
        Assert.Equal(UploadStatus.Accepted, stored.Status);
        Assert.All(stored.Results, r => Assert.Equal(UploadOutcome.Accepted, r.Outcome));
        Assert.All(letters, l =>
        {
            var answer = h.AnswerOf(l)!;
            Assert.Equal(upload.UploadId, answer.UploadId);
            Assert.Null(answer.ReplacedUploadId);
            Assert.Null(answer.FirstAnsweredAt);
        });
        Assert.Equal(3, h.Letters.Writes);
        Assert.Equal(3, h.Documents.Blobs.Count);
        Assert.Empty(h.Failures.Rows);
    }

    [Fact]
    public async Task Crash_between_two_groups_of_a_zip_keeps_the_first_and_the_next_run_files_the_rest_once()
    {
        var letters = Enumerable.Range(1, UploadProcessor.FilingGroup + 3).Select(i => h.LetterToWork($"{i:D7}")).ToArray();
        var zip = UploadHarness.Zip(letters.Select(l => (AnswerName(l), UploadHarness.Pdf(l))).ToArray());
        var upload = h.Receive(UploadKind.AnswersZip, letters, "risposte.zip", zip);
        h.Faults.FailOn("letters.update", nth: 2);

        await Assert.ThrowsAsync<IOException>(() => h.Processor.ProcessAsync(UploadHarness.Company, upload.UploadId, default));
        Assert.Equal(UploadStatus.Pending, h.Stored(upload).Status);
        Assert.All(letters.Take(UploadProcessor.FilingGroup), l => Assert.Equal(upload.UploadId, h.AnswerOf(l)!.UploadId));
        Assert.All(letters.Skip(UploadProcessor.FilingGroup), l => Assert.Null(h.AnswerOf(l)));

        Assert.Equal(UploadProcessing.Done, await h.Processor.ProcessAsync(UploadHarness.Company, upload.UploadId, default));
        var stored = h.Stored(upload);
        Assert.Equal(letters, stored.Results.Select(r => r.Letter));
        Assert.All(stored.Results, r => Assert.Equal(UploadOutcome.Accepted, r.Outcome));
        Assert.All(letters, l => Assert.Null(h.AnswerOf(l)!.ReplacedUploadId));
        Assert.Equal(letters.Length, h.Letters.Writes);
        Assert.Equal(letters.Length, h.Documents.Blobs.Count);
        Assert.Empty(h.Failures.Rows);
    }
}
