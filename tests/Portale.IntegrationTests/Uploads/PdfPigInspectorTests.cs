using System.Text;
using Portale.Adapters.Documents;
using Portale.Core.Uploads;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Uploads;

public sealed class PdfPigInspectorTests
{
    private readonly PdfPigInspector _inspector = new();

    private async Task<PdfCheck> InspectAsync(byte[] bytes) => (await _inspector.InspectAsync(new MemoryStream(bytes), CancellationToken.None)).Check;

    [Fact]
    public async Task A_one_page_pdf_with_text_is_valid()
    {
        Assert.Equal(PdfCheck.Valid, await InspectAsync(TestPdfs.OnePage()));
    }

    [Fact]
    public async Task A_hand_made_pdf_is_valid_so_the_encrypted_one_differs_only_by_encryption()
    {
        Assert.Equal(PdfCheck.Valid, await InspectAsync(TestPdfs.HandMade()));
    }

    [Fact]
    public async Task A_pdf_needing_a_password_is_encrypted()
    {
        Assert.Equal(PdfCheck.Encrypted, await InspectAsync(TestPdfs.HandMade(encrypted: true)));
    }

    [Fact]
    public async Task A_text_file_renamed_pdf_is_not_a_pdf()
    {
        Assert.Equal(PdfCheck.NotPdf, await InspectAsync(Encoding.UTF8.GetBytes("Gentile Sportello, in risposta alla vostra lettera...")));
    }

    [Fact]
    public async Task An_empty_file_is_not_a_pdf()
    {
        Assert.Equal(PdfCheck.NotPdf, await InspectAsync([]));
    }

    [Fact]
    public async Task A_zip_renamed_pdf_is_not_a_pdf()
    {
        Assert.Equal(PdfCheck.NotPdf, await InspectAsync([.. "PK\u0003\u0004"u8, .. new byte[100]]));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.98)]
    public async Task A_truncated_pdf_is_unreadable(double kept)
    {
        var whole = TestPdfs.OnePage();
        var cut = whole[..(int)(whole.Length * kept)];

        Assert.Contains(await InspectAsync(cut), new[] { PdfCheck.Unreadable, PdfCheck.NotPdf });
    }

    [Fact]
    public async Task A_header_followed_by_garbage_is_unreadable()
    {
        Assert.Equal(PdfCheck.Unreadable, await InspectAsync(Encoding.ASCII.GetBytes("%PDF-1.7\nnot really a pdf\n%%EOF\n")));
    }

    [Fact]
    public async Task A_pdf_without_pages_is_unreadable()
    {
        Assert.Equal(PdfCheck.Unreadable, await InspectAsync(TestPdfs.HandMade(withPages: false)));
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_buffered_and_checked()
    {
        Assert.Equal(PdfCheck.Valid, (await _inspector.InspectAsync(new NonSeekableStream(TestPdfs.OnePage()), CancellationToken.None)).Check);
    }

    [Fact]
    public async Task A_file_over_the_cap_is_refused_while_buffering()
    {
        var pdf = TestPdfs.OnePage();
        var small = new PdfPigInspector(maxBytes: pdf.Length - 1);

        var error = await Assert.ThrowsAsync<UploadTooLargeException>(() => small.InspectAsync(new NonSeekableStream(pdf), CancellationToken.None));
        Assert.Equal(pdf.Length - 1, error.LimitBytes);
        Assert.Equal(PdfCheck.Valid, (await new PdfPigInspector(maxBytes: pdf.Length).InspectAsync(new MemoryStream(pdf), CancellationToken.None)).Check);
    }

    [Fact]
    public async Task The_default_cap_is_the_largest_pdf_upload()
    {
        var tooBig = new byte[UploadLimits.LargestPdfBytes + 1];

        await Assert.ThrowsAsync<UploadTooLargeException>(() => _inspector.InspectAsync(new MemoryStream(tooBig), CancellationToken.None));
    }

    [Theory]
    [InlineData("javascript", PdfActiveContent.JavaScript)]
    [InlineData("javascript-escaped-name", PdfActiveContent.JavaScript)]
    [InlineData("openaction", PdfActiveContent.OpenAction)]
    [InlineData("launch", PdfActiveContent.Launch)]
    [InlineData("embedded-file", PdfActiveContent.EmbeddedFile)]
    [InlineData("additional-actions", PdfActiveContent.AdditionalActions)]
    [InlineData("submit-form", PdfActiveContent.DataSubmission)]
    public async Task Active_content_is_found_and_named(string construct, PdfActiveContent expected)
    {
        var inspection = await _inspector.InspectAsync(new MemoryStream(TestPdfs.WithActiveContent(construct)), CancellationToken.None);
        Assert.Equal(PdfCheck.ActiveContent, inspection.Check);
        Assert.Equal([expected], inspection.ActiveContent);
    }

    [Theory]
    [InlineData("uri-link")]
    [InlineData("openaction-goto")]
    public async Task A_link_to_click_and_an_opening_on_a_page_are_not_active_content(string construct)
    {
        Assert.Equal(PdfCheck.Valid, await InspectAsync(TestPdfs.WithActiveContent(construct)));
    }
}
