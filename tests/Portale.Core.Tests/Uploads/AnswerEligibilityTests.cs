using Portale.Core.Documents;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

public class AnswerEligibilityTests
{
    private static readonly DocumentName Letter = DocumentName.Parse("L-P-25-0001234_01.PDF");

    private static LetterAnswerState ToWork() => new(Letter, IsPrincipalRecipient: true, Downloaded: true);

    [Fact]
    public void A_downloaded_to_letter_takes_answers()
    {
        Assert.Null(AnswerEligibility.Refusal(Letter, ToWork()));
    }

    [Fact]
    public void An_unknown_letter_is_refused()
    {
        Assert.Equal("La lettera 'L-P-25-0001234_01.PDF' non è tra quelle da lavorare.", AnswerEligibility.Refusal(Letter, null));
    }

    [Fact]
    public void A_state_for_another_letter_is_refused_as_unknown()
    {
        var other = ToWork() with { Letter = DocumentName.Parse("L-P-25-0009999_01.PDF") };

        Assert.Equal(UploadMessages.LetterNotToWork("L-P-25-0001234_01.PDF"), AnswerEligibility.Refusal(Letter, other));
    }

    [Fact]
    public void A_letter_not_downloaded_yet_is_not_to_work()
    {
        Assert.Equal(UploadMessages.LetterNotToWork(Letter.ToString()), AnswerEligibility.Refusal(Letter, ToWork() with { Downloaded = false }));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_cc_letter_never_takes_an_answer(bool downloaded)
    {
        var refusal = AnswerEligibility.Refusal(Letter, ToWork() with { IsPrincipalRecipient = false, Downloaded = downloaded });

        Assert.Equal(UploadMessages.CarbonCopyLetter(Letter.ToString()), refusal);
    }
}
