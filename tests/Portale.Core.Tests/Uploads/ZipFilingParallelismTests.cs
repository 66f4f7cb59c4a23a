using Portale.Core.Documents;
using Portale.Core.Tests.Uploads.Fakes;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

/// <summary>
/// The answers of a ZIP are written several at once, never more than the bound, and their letters change a group at a
/// time (one update for many letters, never two at once), results in the archive's order.
/// </summary>
public sealed class ZipFilingParallelismTests
{
    private readonly UploadHarness h = new();

    [Fact]
    public async Task A_zip_files_up_to_the_bound_of_answers_at_once_and_reports_them_in_the_archive_order()
    {
        var letters = Enumerable.Range(1, 60).Select(i => h.LetterToWork($"{i:D7}")).Reverse().ToArray();
        var zip = UploadHarness.Zip(
            [.. letters.Select(l => (DocumentName.Parse(l).ToAnswerName().ToString(), UploadHarness.Pdf(l)))]);
        var upload = h.Receive(UploadKind.AnswersZip, letters, "risposte.zip", zip);
        var (inFlight, most) = (0, 0);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Documents.BeforePut = async () =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            if (now == h.Processor.FilingParallelism)
            {
                gate.TrySetResult();
            }
            // Sequential filing never fills the gate: it opens after a while so the test fails instead of hanging.
            await Task.WhenAny(gate.Task, Task.Delay(TimeSpan.FromSeconds(2)));
            gate.TrySetResult();
            Interlocked.Decrement(ref inFlight);
        };

        var (updating, mostUpdating) = (0, 0);
        h.Letters.BeforeUpdate = async () =>
        {
            InterlockedMax(ref mostUpdating, Interlocked.Increment(ref updating));
            await Task.Delay(5);
            Interlocked.Decrement(ref updating);
        };

        Assert.Equal(UploadProcessing.Done, await h.Processor.ProcessAsync(UploadHarness.Company, upload.UploadId, default));

        Assert.Equal(UploadProcessor.DefaultFilingParallelism, most);
        // The letter changes share the section counter rows: one at a time, or they collide.
        Assert.Equal(1, mostUpdating);
        var stored = h.Stored(upload);
        Assert.Equal(letters, stored.Results.Select(r => r.Letter));
        Assert.All(stored.Results, r => Assert.Equal(UploadOutcome.Accepted, r.Outcome));
        Assert.All(letters, l => Assert.Equal(upload.UploadId, h.AnswerOf(l)!.UploadId));
        Assert.Equal(60, h.Letters.Writes);
        Assert.Equal((60 + UploadProcessor.FilingGroup - 1) / UploadProcessor.FilingGroup, h.Letters.Updates);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
