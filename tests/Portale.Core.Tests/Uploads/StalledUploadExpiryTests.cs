using Portale.Core.Tests.Uploads.Fakes;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

public sealed class StalledUploadExpiryTests
{
    private readonly UploadHarness h = new();

    private UploadRecord AnswerUpload()
    {
        var letter = h.LetterToWork("0000001");
        return h.Receive(UploadKind.Answer, [letter], Portale.Core.Documents.DocumentName.Parse(letter).ToAnswerName().ToString(), UploadHarness.Pdf("a"));
    }

    private void PastTheStall() => h.Clock.Advance(StalledUploadExpiry.StallAfter + TimeSpan.FromMinutes(1));

    [Fact]
    public async Task Nothing_pending_is_nothing_to_do()
    {
        Assert.Equal(new StalledUploadReport(0, 0, 0), await h.Expiry.RunAsync(default));
    }

    [Fact]
    public async Task An_upload_that_still_fails_is_rejected_with_a_technical_error_once()
    {
        var upload = AnswerUpload();
        h.Faults.FailAlways("incoming.open");
        PastTheStall();

        Assert.Equal(new StalledUploadReport(0, 1, 0), await h.Expiry.RunAsync(default));
        var stored = h.Stored(upload);
        Assert.Equal(UploadStatus.Rejected, stored.Status);
        Assert.Equal(UploadMessages.TechnicalError, Assert.Single(stored.Results).Reason);
        var row = Assert.Single(h.Failures.Rows.Values);
        Assert.Equal((upload.FileName, UploadMessages.TechnicalError, upload.ReceivedAt), (row.File, row.Reason, row.EventAt));

        Assert.Equal(new StalledUploadReport(0, 0, 0), await h.Expiry.RunAsync(default));
        Assert.Single(h.Failures.Rows);
    }

    [Fact]
    public async Task An_upload_whose_file_is_gone_is_a_technical_error()
    {
        var upload = AnswerUpload();
        h.Incoming.Files.Remove(upload.UploadId);
        PastTheStall();

        await h.Expiry.RunAsync(default);
        Assert.Equal(UploadStatus.Rejected, h.Stored(upload).Status);
        Assert.Single(h.Failures.Rows);
    }

    [Fact]
    public async Task A_stalled_upload_that_can_be_processed_now_is_processed()
    {
        var upload = AnswerUpload();
        PastTheStall();

        Assert.Equal(new StalledUploadReport(1, 0, 0), await h.Expiry.RunAsync(default));
        Assert.Equal(UploadStatus.Accepted, h.Stored(upload).Status);
        Assert.Empty(h.Failures.Rows);
    }

    [Fact]
    public async Task A_recent_pending_upload_is_left_to_the_trigger()
    {
        var upload = AnswerUpload();
        h.Faults.FailAlways("incoming.open");
        h.Clock.Advance(StalledUploadExpiry.StallAfter - TimeSpan.FromMinutes(1));

        Assert.Equal(new StalledUploadReport(0, 0, 0), await h.Expiry.RunAsync(default));
        Assert.Equal(UploadStatus.Pending, h.Stored(upload).Status);
    }

    [Fact]
    public async Task An_upload_completed_by_another_run_meanwhile_is_never_overridden()
    {
        var upload = AnswerUpload();
        var accepted = upload with { Status = UploadStatus.Accepted, Results = [new UploadResult(upload.FileName, upload.Letters[0], UploadOutcome.Accepted, null)] };
        // Our retry fails, but the trigger's own run completes the upload at that very moment.
        h.Faults.FailAlways("incoming.open", before: () => h.Uploads.Records[upload.UploadId] = accepted);
        PastTheStall();

        Assert.Equal(new StalledUploadReport(0, 0, 1), await h.Expiry.RunAsync(default));
        Assert.Equal(UploadStatus.Accepted, h.Stored(upload).Status);
        Assert.Empty(h.Failures.Rows);
    }

    [Fact]
    public async Task A_crash_before_the_status_leaves_it_pending_for_the_next_pass()
    {
        var upload = AnswerUpload();
        h.Faults.FailAlways("incoming.open");
        h.Faults.FailOn("failures.add"); // a crash before the status: still pending, the next pass finishes
        PastTheStall();

        await Assert.ThrowsAsync<IOException>(() => h.Expiry.RunAsync(default));
        Assert.Equal(UploadStatus.Pending, h.Stored(upload).Status);
        await h.Expiry.RunAsync(default);
        Assert.Equal(UploadStatus.Rejected, h.Stored(upload).Status);
        Assert.Single(h.Failures.Rows);
    }
}
