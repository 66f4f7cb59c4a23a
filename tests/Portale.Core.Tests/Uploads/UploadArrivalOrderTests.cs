using Portale.Core.Calendar;
using Portale.Core.Documents;
using Portale.Core.Letters;
using Portale.Core.Tests.Uploads.Fakes;
using Portale.Core.Time;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

/// <summary>
/// Manual 6.5 with uploads processed out of order: the answer received first is the first answer, whatever
/// order the processing takes them in, and «assente» is judged on its arrival.
/// </summary>
public sealed class UploadArrivalOrderTests
{
    private readonly UploadHarness h = new();

    private static string AnswerName(string letter) => DocumentName.Parse(letter).ToAnswerName().ToString();

    private UploadRecord ReceiveAt(string letter, DateTimeOffset at, string text)
    {
        h.Clock.SetUtcNow(at);
        return h.Receive(UploadKind.Answer, [letter], "risposta.pdf", UploadHarness.Pdf(text));
    }

    private Task<UploadProcessing> Process(UploadRecord upload) => h.Processor.ProcessAsync(UploadHarness.Company, upload.UploadId, default);

    [Fact]
    public async Task The_earlier_upload_processed_second_becomes_the_first_and_the_later_one_its_replacement()
    {
        var letter = h.LetterToWork("0000001");
        var start = h.Clock.GetUtcNow();
        var early = ReceiveAt(letter, start, "early");
        var late = ReceiveAt(letter, start.AddHours(1), "late");

        await Process(late);
        await Process(early);

        var answer = h.AnswerOf(letter)!;
        Assert.Equal((late.UploadId, early.UploadId), (answer.UploadId, answer.ReplacedUploadId));
        Assert.Equal((late.ReceivedAt, early.ReceivedAt), (answer.AnsweredAt, answer.FirstAnsweredAt));
        Assert.Equal("operator", answer.FirstAnsweredBy);
        Assert.Equal(DocumentHash.Of(UploadHarness.Pdf("early")), answer.FirstHash);
        Assert.Equal(DocumentHash.Of(UploadHarness.Pdf("late")), answer.Hash);
        Assert.Equal([UploadStatus.Accepted, UploadStatus.Accepted], new[] { h.Stored(early).Status, h.Stored(late).Status });
        Assert.Empty(h.Failures.Rows);
    }

    [Fact]
    public async Task Absent_is_judged_on_the_arrival_of_the_first_answer()
    {
        var letter = h.LetterToWork("0000001");
        var terms = h.Letters.Letters[letter].Terms;
        var lastDay = new AbsentAnswerRule(WorkingDayCalendar.Standard).LastAcceptedDay(new ResponseSla(WorkingDayCalendar.Standard).Deadline(terms));
        var onTime = ReceiveAt(letter, RomeTime.At(lastDay, new TimeOnly(17, 0)), "on time");
        var late = ReceiveAt(letter, RomeTime.At(lastDay.AddDays(1), new TimeOnly(10, 0)), "late");

        await Process(late);
        Assert.Equal(AnswerCompleteness.Absent, h.AnswerOf(letter)!.Completeness);
        await Process(onTime);

        var answer = h.AnswerOf(letter)!;
        Assert.Null(answer.Completeness);
        Assert.Equal((onTime.UploadId, lastDay), (answer.ReplacedUploadId, answer.AnsweredOn));
    }

    [Fact]
    public async Task An_answer_filed_first_but_received_more_than_72_hours_after_the_earlier_one_is_pushed_out_as_an_invio_fallito()
    {
        var letter = h.LetterToWork("0000001");
        var start = h.Clock.GetUtcNow();
        var early = ReceiveAt(letter, start, "early");
        var late = ReceiveAt(letter, start.AddHours(73), "late");

        await Process(late);
        await Process(early);

        var answer = h.AnswerOf(letter)!;
        Assert.Equal((early.UploadId, false), (answer.UploadId, answer.IsReplacement));
        var pushedOut = h.Stored(late);
        Assert.Equal(UploadStatus.Rejected, pushedOut.Status);
        var reason = RefusalMessages.For(AnswerReplacementRefusal.WindowClosed);
        Assert.Equal((UploadOutcome.Rejected, reason), (pushedOut.Results[0].Outcome, pushedOut.Results[0].Reason));
        var row = Assert.Single(h.Failures.Rows.Values);
        Assert.Equal((UploadKeys.DisplacedKey(late, letter), "risposta.pdf", late.ReceivedAt, reason), (row.Key, row.File, row.EventAt, row.Reason));
    }

    [Fact]
    public async Task Three_answers_processed_backwards_keep_the_first_two_received_and_refuse_the_third()
    {
        var letter = h.LetterToWork("0000001");
        var start = h.Clock.GetUtcNow();
        var first = ReceiveAt(letter, start, "1");
        var second = ReceiveAt(letter, start.AddHours(1), "2");
        var third = ReceiveAt(letter, start.AddHours(2), "3");

        await Process(third);
        await Process(second);
        await Process(first);

        var answer = h.AnswerOf(letter)!;
        Assert.Equal((second.UploadId, first.UploadId), (answer.UploadId, answer.ReplacedUploadId));
        Assert.Equal("operator", answer.AnsweredBy);
        Assert.Equal(DocumentHash.Of(UploadHarness.Pdf("2")), answer.Hash);
        Assert.Equal(UploadStatus.Rejected, h.Stored(third).Status);
        Assert.Equal([UploadStatus.Accepted, UploadStatus.Accepted], new[] { h.Stored(first).Status, h.Stored(second).Status });
        Assert.Equal(RefusalMessages.For(AnswerReplacementRefusal.AlreadyReplaced), Assert.Single(h.Failures.Rows.Values).Reason);
    }

    [Fact]
    public async Task An_upload_pushed_out_while_it_was_still_being_processed_ends_refused_with_one_row()
    {
        var letter = h.LetterToWork("0000001");
        var start = h.Clock.GetUtcNow();
        var first = ReceiveAt(letter, start, "1");
        var second = ReceiveAt(letter, start.AddHours(1), "2");
        var third = ReceiveAt(letter, start.AddHours(2), "3");
        h.Faults.FailOn("uploads.complete"); // the third is filed, then its run dies before its status
        await Assert.ThrowsAsync<IOException>(() => Process(third));
        Assert.Equal(UploadStatus.Pending, h.Stored(third).Status);
        h.Faults.Clear();

        await Process(second);
        await Process(first);
        await Process(third); // its rerun

        Assert.Equal((second.UploadId, first.UploadId), (h.AnswerOf(letter)!.UploadId, h.AnswerOf(letter)!.ReplacedUploadId));
        Assert.Equal(UploadStatus.Rejected, h.Stored(third).Status);
        var row = Assert.Single(h.Failures.Rows.Values);
        Assert.Equal(UploadKeys.DisplacedKey(third, letter), row.Key);
    }

    [Fact]
    public async Task An_upload_pushed_out_while_it_completes_ends_refused()
    {
        var letter = h.LetterToWork("0000001");
        var start = h.Clock.GetUtcNow();
        var first = ReceiveAt(letter, start, "1");
        var second = ReceiveAt(letter, start.AddHours(1), "2");
        var third = ReceiveAt(letter, start.AddHours(2), "3");
        // The third is filed; as its run writes its status, the two received before it are processed: they see
        // it still pending and leave its refusal to it.
        h.Faults.Interleave("uploads.complete", () =>
        {
            Process(second).GetAwaiter().GetResult();
            Process(first).GetAwaiter().GetResult();
        });

        await Process(third);

        Assert.Equal((second.UploadId, first.UploadId), (h.AnswerOf(letter)!.UploadId, h.AnswerOf(letter)!.ReplacedUploadId));
        var refused = h.Stored(third);
        Assert.Equal((UploadStatus.Rejected, RefusalMessages.For(AnswerReplacementRefusal.AlreadyReplaced)), (refused.Status, refused.Results[0].Reason));
        Assert.Equal(UploadKeys.DisplacedKey(third, letter), Assert.Single(h.Failures.Rows.Values).Key);
    }
}
