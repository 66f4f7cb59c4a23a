using Portale.Core.Documents;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

public class AnswerEligibilityTests
{
    private static readonly DocumentName Letter = DocumentName.Parse("L-P-25-0001234_01.PDF");
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.FromHours(1));

    private static LetterAnswerState ToWork() => new(Letter, IsPrincipalRecipient: true, Downloaded: true, FirstAnswerAt: null, AnswerReplaced: false);

    [Fact]
    public void A_downloaded_to_letter_without_answer_takes_a_first_answer()
    {
        var result = AnswerEligibility.Check(Letter, ToWork(), Now);

        Assert.True(result.IsAllowed);
        Assert.Equal(AnswerSlot.First, result.Slot);
        Assert.Null(result.Refusal);
    }

    [Fact]
    public void An_unknown_letter_is_refused()
    {
        var result = AnswerEligibility.Check(Letter, null, Now);

        Assert.False(result.IsAllowed);
        Assert.Equal("La lettera 'L-P-25-0001234_01.PDF' non è tra quelle da lavorare.", result.Refusal);
    }

    [Fact]
    public void A_state_for_another_letter_counts_as_unknown()
    {
        var other = ToWork() with { Letter = DocumentName.Parse("L-P-25-0001234_02.PDF") };

        Assert.Equal(UploadMessages.LetterNotToWork("L-P-25-0001234_01.PDF"), AnswerEligibility.Check(Letter, other, Now).Refusal);
    }

    [Fact]
    public void A_letter_not_yet_downloaded_is_not_to_work()
    {
        var result = AnswerEligibility.Check(Letter, ToWork() with { Downloaded = false }, Now);

        Assert.Equal(UploadMessages.LetterNotToWork("L-P-25-0001234_01.PDF"), result.Refusal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_cc_letter_never_takes_an_answer(bool downloaded)
    {
        var result = AnswerEligibility.Check(Letter, ToWork() with { IsPrincipalRecipient = false, Downloaded = downloaded }, Now);

        Assert.False(result.IsAllowed);
        Assert.Equal("La lettera 'L-P-25-0001234_01.PDF' è stata ricevuta in copia conoscenza: non è prevista una risposta.", result.Refusal);
    }

    [Fact]
    public void An_answered_letter_takes_one_further_answer_within_72_hours()
    {
        var result = AnswerEligibility.Check(Letter, ToWork() with { FirstAnswerAt = Now.AddHours(-72) }, Now);

        Assert.Equal(AnswerSlot.Replacement, result.Slot);
    }

    [Fact]
    public void A_further_answer_after_72_hours_is_refused()
    {
        var result = AnswerEligibility.Check(Letter, ToWork() with { FirstAnswerAt = Now.AddHours(-72).AddSeconds(-1) }, Now);

        Assert.False(result.IsAllowed);
        Assert.Equal("Sono trascorse più di 72 ore dal caricamento della prima risposta: per integrarla utilizzare la sezione Comunicazioni libere.", result.Refusal);
    }

    [Fact]
    public void A_second_further_answer_is_refused_even_within_72_hours()
    {
        var result = AnswerEligibility.Check(Letter, ToWork() with { FirstAnswerAt = Now.AddHours(-1), AnswerReplaced = true }, Now);

        Assert.False(result.IsAllowed);
        Assert.Equal("È già stata caricata una risposta ulteriore per questa lettera: non è possibile sostituirla di nuovo.", result.Refusal);
    }
}
