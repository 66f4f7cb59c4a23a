namespace Portale.Core.Uploads;

/// <summary>
/// The rules of filing an answer on a letter: whether the letter takes it, where arrival order puts it
/// (<see cref="AnswerOrder"/>), and the answer the letter then shows — its Completezza Risposta and its
/// chapter 9 date judged on the first answer's arrival.
/// </summary>
public sealed class AnswerFiling(AnswerCompleteness completeness, TimeProvider clock)
{
    public static AnswerDecision Decide(Letter letter, DocumentName letterName, FiledAnswer candidate)
    {
        if (AnswerEligibility.Refusal(letterName, LetterAnswerState.Of(letter)) is { } refusal)
        {
            return AnswerDecision.Refused(refusal);
        }
        var filed = letter.Answer?.Filed ?? [];
        if (filed.Any(a => a.UploadId == candidate.UploadId))
        {
            return AnswerDecision.Filed;
        }
        var placement = AnswerOrder.Place([.. filed, candidate]);
        return placement.RefusalOf(candidate.UploadId) is { } own
            ? AnswerDecision.Refused(RefusalMessages.For(own.Why))
            : new AnswerDecision(null, false, placement, placement.Refused);
    }

    /// <summary>
    /// The answer of <paramref name="letter"/> once <paramref name="placement"/> applies. A first answer that
    /// stays keeps its classification and date; a new first one (the first ever, or one received before the
    /// first filed so far) is judged on its own arrival and the reports that name it.
    /// </summary>
    public LetterAnswer Answer(
        Letter letter, AnswerPlacement placement, string answerName, IEnumerable<OutageClaim> claims)
    {
        var previous = letter.Answer;
        if (previous is not null && previous.Filed[0].UploadId == placement.First.UploadId)
        {
            return LetterAnswer.Of(answerName, placement, previous.Completeness, previous.Backdating);
        }
        var backdating = BackdatingRule.For(placement.First.ArrivedAt, claims, clock.GetUtcNow());
        var answeredOn = backdating?.AttemptedOn ?? RomeTime.DateOf(placement.First.ArrivedAt);
        var value = previous is null
            ? completeness.OnFiling(letter, answeredOn)
            : completeness.OnEarlierAnswer(letter, previous.AnsweredOn, answeredOn);
        return LetterAnswer.Of(answerName, placement, value, backdating);
    }

    /// <summary>
    /// <paramref name="letter"/> with the chapter 9 date its first answer takes from <paramref name="claims"/>
    /// (a report made after the answer was filed), or null when nothing changes: a date already given stays
    /// unless the new one is earlier.
    /// </summary>
    public Letter? Backdated(Letter letter, IEnumerable<OutageClaim> claims)
    {
        if (letter.Answer is not { } answer
            || BackdatingRule.For(answer.Filed[0].ArrivedAt, claims, clock.GetUtcNow()) is not { } backdating
            || answer.AnsweredOn <= backdating.AttemptedOn)
        {
            return null;
        }
        return letter with
        {
            Answer = answer with
            {
                Backdating = backdating,
                Completeness = completeness.OnEarlierAnswer(letter, answer.AnsweredOn, backdating.AttemptedOn),
            },
        };
    }
}
