using Portale.Core.Letters;
using Portale.Core.Outages;
using Portale.Core.Sportello;

namespace Portale.Core.Tests.Sportello;

public sealed class LetterTalliesTests
{
    // Mon 03/03/2025 with 5 working days: deadline Mon 10/03.
    internal static readonly DateTimeOffset Published = new(2025, 3, 3, 1, 5, 0, TimeSpan.FromHours(1));
    internal static readonly LetterFields Fields = new("1", "T", "POD", ServiceType.Gas, "A", "S", "C", "V", 5, false, Sector.Energy);
    internal static readonly Letter Open = new("acme", "L-P-25-0000001_01.PDF", Recipient.To, Published, Fields, "h");

    [Fact]
    public void An_open_TO_letter_counts_on_its_deadline_and_a_proroga_moves_it()
    {
        Assert.Equal([new LetterTally(LetterTallyKind.Open, new DateOnly(2025, 3, 10))], LetterTallies.Of(Open));
        var extended = Open with { ExtensionWorkingDays = 2 };
        Assert.Equal(
            [(new LetterTally(LetterTallyKind.Open, new DateOnly(2025, 3, 12)), 1), (new LetterTally(LetterTallyKind.Open, new DateOnly(2025, 3, 10)), -1)],
            LetterTallies.Delta(Open, extended));
        Assert.Empty(LetterTallies.Of(Open with { Recipient = Recipient.Cc }));
        Assert.Empty(LetterTallies.Delta(Open, Open with { DownloadedAt = Published.AddHours(1), DownloadedBy = "u" }));
    }

    [Fact]
    public void An_answer_counts_its_working_days_from_publication_to_Data_Risposta_backdated_too()
    {
        var answered = Open with { Answer = new LetterAnswer("R", new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.FromHours(1)), "u") };
        Assert.Equal([new LetterTally(LetterTallyKind.Answered, new DateOnly(2025, 3, 10), 5)], LetterTallies.Of(answered));
        var backdated = answered with
        {
            Answer = answered.Answer! with { Backdating = new AnswerBackdating(new DateOnly(2025, 3, 5), "o", "r", "x") },
        };
        Assert.Equal(2, Assert.Single(LetterTallies.Of(backdated)).WorkingDays);
        var sameDay = Open with { Answer = new LetterAnswer("R", Published.AddHours(8), "u") };
        Assert.Equal(0, Assert.Single(LetterTallies.Of(sameDay)).WorkingDays);
    }

    [Fact]
    public void Absent_counts_in_the_Rome_day_of_its_classification_and_leaves_when_cleared()
    {
        var classifiedAt = new DateTimeOffset(2025, 3, 31, 23, 30, 0, TimeSpan.Zero); // 01/04 in Rome
        var absent = Open with { Completeness = AnswerCompleteness.Absent, ClassifiedAt = classifiedAt };
        Assert.Contains(new LetterTally(LetterTallyKind.Absent, new DateOnly(2025, 4, 1)), LetterTallies.Of(absent));
        Assert.Equal([(new LetterTally(LetterTallyKind.Absent, new DateOnly(2025, 4, 1)), -1)],
            LetterTallies.Delta(absent, absent with { Completeness = null }));
        Assert.DoesNotContain(LetterTallies.Of(Open with { Completeness = AnswerCompleteness.Incomplete, ClassifiedAt = classifiedAt }),
            t => t.Kind == LetterTallyKind.Absent);
    }

    [Fact]
    public void The_median_is_the_lower_middle_of_the_days_and_null_without_answers()
    {
        static int? Median(params (int Days, int Letters)[] h) =>
            new LetterFigures(0, 0, 0, 0, h.ToDictionary(x => x.Days, x => x.Letters)).MedianDaysToAnswer;
        Assert.Null(Median());
        Assert.Equal(3, Median((3, 1)));
        Assert.Equal(2, Median((2, 1), (7, 1)));
        Assert.Equal(7, Median((1, 1), (7, 2)));
        Assert.Equal(4, Median((9, 2), (4, 3)));
        Assert.Equal(new DateOnly(2025, 1, 1), LetterFigures.MedianSince(new DateOnly(2025, 12, 31)));
    }
}
