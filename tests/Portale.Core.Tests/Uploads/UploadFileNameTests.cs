using Portale.Core.Documents;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

public class UploadFileNameTests
{
    [Theory]
    [InlineData("RIGETTO_TIRV.PDF")]
    [InlineData("RIGETTO_TIRV 01.pdf")]
    [InlineData("rigetto_tirv 12345.pdf")]   // exactly 10 more characters
    public void A_tirv_rejection_named_by_the_manual_is_accepted(string name)
    {
        Assert.Null(UploadFileName.Refusal(UploadKind.TirvRejection, name));
    }

    [Theory]
    [InlineData("RIGETTO_TIRV 123456.pdf")]  // 11 more characters
    [InlineData("rigetto.pdf")]
    [InlineData("RIGETTO_TIRV.docx")]
    public void Any_other_tirv_name_is_refused(string name)
    {
        Assert.Equal(UploadMessages.TirvRejectionNameInvalid, UploadFileName.Refusal(UploadKind.TirvRejection, name));
        Assert.StartsWith("Il nome del file non rispetta il formato RIGETTO_TIRV", UploadFileName.Refusal(UploadKind.TirvRejection, name));
    }

    [Theory]
    [InlineData(UploadKind.Answer, "risposta finale (2).pdf")]
    [InlineData(UploadKind.Communication, "qualunque.PDF")]
    [InlineData(UploadKind.AnswersZip, "risposte marzo.zip")]
    public void Other_kinds_take_any_name(UploadKind kind, string name)
    {
        Assert.Null(UploadFileName.Refusal(kind, name));
    }

    [Fact]
    public void A_single_answer_is_stored_under_the_letters_name_with_r_for_l()
    {
        Assert.Equal("R-P-25-0001234_01.PDF", UploadFileName.StoredAnswerName(DocumentName.Parse("l-p-25-0001234_01.pdf")).ToString());
    }
}
