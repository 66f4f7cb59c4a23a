using Portale.Core.Calendar;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

public class UploadMessagesTests
{
    [Fact]
    public void The_manual_messages_are_word_for_word()
    {
        Assert.Equal("Il nome della risposta non corrisponde con la lettera selezionata.", UploadMessages.AnswerNameMismatch);
        Assert.Equal("Il formato del file 'P' non è valido", UploadMessages.InvalidFormat("P"));
    }

    [Fact]
    public void Size_refusals_name_the_limit_in_megabytes()
    {
        Assert.Equal("Il file 'a.pdf' supera la dimensione massima di 15 MB.", UploadMessages.TooLarge("a.pdf", UploadLimits.AnswerMaxBytes));
        Assert.Equal("Il file 'RIGETTO_TIRV.pdf' supera la dimensione massima di 8 MB.", UploadMessages.TooLarge("RIGETTO_TIRV.pdf", UploadLimits.TirvRejectionMaxBytes));
    }

    [Theory]
    [InlineData(PdfCheck.NotPdf, "Il formato del file 'x.pdf' non è valido")]
    [InlineData(PdfCheck.Unreadable, "Il formato del file 'x.pdf' non è valido")]
    [InlineData(PdfCheck.Encrypted, "Il file 'x.pdf' è protetto da password: caricare un PDF non cifrato.")]
    [InlineData(PdfCheck.Valid, null)]
    public void Pdf_checks_have_their_reasons(PdfCheck check, string? reason)
    {
        Assert.Equal(reason, UploadMessages.For(PdfInspection.Of(check), "x.pdf"));
    }

    [Fact]
    public void Replacement_refusals_reuse_the_calendar_wording()
    {
        foreach (var refusal in Enum.GetValues<AnswerReplacementRefusal>())
        {
            Assert.Equal(RefusalMessages.For(refusal), UploadMessages.For(refusal));
        }
    }

    [Fact]
    public void Every_zip_entry_refusal_has_an_italian_reason()
    {
        foreach (var refusal in Enum.GetValues<ZipEntryRefusal>())
        {
            var reason = UploadMessages.For(refusal, "R-P-25-0001234_01.PDF");
            Assert.False(string.IsNullOrWhiteSpace(reason));
        }
        Assert.Equal(UploadMessages.AnswerNameMismatch, UploadMessages.For(ZipEntryRefusal.NameMismatch, "x"));
    }

    [Fact]
    public void The_technical_error_asks_to_try_again()
    {
        Assert.Equal("Errore tecnico durante l'elaborazione del file: riprovare.", UploadMessages.TechnicalError);
    }
}
