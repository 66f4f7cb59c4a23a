using Portale.Core.Letters;
using Portale.Core.Refusals;
using Portale.Core.Sportello;

namespace Portale.Core.Tests.Sportello;

public sealed class LetterStatesTests
{
    // LetterTalliesTests' open letter, published Mon 03/03/2025 with 5 working days: deadline Mon 10/03.
    private static readonly Letter Open = LetterTalliesTests.Open;
    private static readonly DateTimeOffset Published = LetterTalliesTests.Published;
    private static readonly DateOnly Deadline = new(2025, 3, 10);

    [Fact]
    public void Overdue_starts_the_day_after_the_deadline_and_a_proroga_or_an_answer_moves_it()
    {
        Assert.False(LetterStates.Matches(Open, LetterState.Overdue, Deadline));
        Assert.True(LetterStates.Matches(Open, LetterState.Overdue, Deadline.AddDays(1)));
        Assert.True(LetterStates.Matches(Open, LetterState.ToAnswer, Deadline.AddDays(1)));
        Assert.False(LetterStates.Matches(Open with { ExtensionWorkingDays = 2 }, LetterState.Overdue, Deadline.AddDays(1)));
        var answered = Open with { Answer = new LetterAnswer("R", Published.AddDays(1), "u") };
        Assert.False(LetterStates.Matches(answered, LetterState.Overdue, Deadline.AddDays(1)));
        Assert.True(LetterStates.Matches(answered, LetterState.Answered, Deadline.AddDays(1)));
    }

    [Fact]
    public void A_CC_letter_is_never_to_answer_and_goes_offline_twelve_months_after_publication()
    {
        var cc = Open with { Recipient = Recipient.Cc };
        Assert.False(LetterStates.Matches(cc, LetterState.ToAnswer, Deadline));
        Assert.True(LetterStates.Matches(cc, LetterState.ToDownload, Deadline));
        Assert.False(LetterStates.Matches(cc, LetterState.Offline, new DateOnly(2026, 3, 2)));
        Assert.True(LetterStates.Matches(cc, LetterState.Offline, new DateOnly(2026, 3, 3)));
        Assert.False(LetterStates.Matches(cc, LetterState.ToDownload, new DateOnly(2026, 3, 3)));
        Assert.False(LetterStates.Matches(cc with { DownloadedAt = Published.AddHours(8) }, LetterState.ToDownload, Deadline));
    }

    [Fact]
    public void Completeness_names_absent_and_incomplete_and_a_wrong_state_is_refused_in_Italian()
    {
        Assert.True(LetterStates.Matches(Open with { Completeness = AnswerCompleteness.Absent }, LetterState.Absent, Deadline));
        Assert.False(LetterStates.Matches(Open with { Completeness = AnswerCompleteness.Absent }, LetterState.Incomplete, Deadline));
        Assert.True(LetterStates.Matches(Open with { Completeness = AnswerCompleteness.Incomplete }, LetterState.Incomplete, Deadline));
        var errors = new ValidationErrors();
        Assert.Equal(LetterState.Offline, LetterStates.Parse("OFFLINE", errors));
        Assert.Equal(LetterState.ToDownload, LetterStates.Parse("to-download", errors));
        Assert.Null(LetterStates.Parse(null, errors));
        Assert.Null(LetterStates.Parse("lost", errors));
        var refusal = Assert.Throws<RefusalException>(() => errors.ThrowIfAny());
        Assert.StartsWith("Stato non valido: valori ammessi to-download, to-answer", refusal.Errors!["state"][0]);
    }
}
