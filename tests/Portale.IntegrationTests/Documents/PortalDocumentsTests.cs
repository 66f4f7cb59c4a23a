using Portale.Adapters.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms;
using UglyToad.PdfPig.AcroForms.Fields;

namespace Portale.IntegrationTests.Documents;

/// <summary>"Manuale e Moduli" (manual 6.10): the manual's PDF from its Markdown and the fillable form.</summary>
public sealed class PortalDocumentsTests
{
    private static string Folder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portale.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir!.FullName, "web", "public", "documenti");
    }

    [Fact]
    public void The_manual_PDF_carries_the_Markdown_text_without_its_marks()
    {
        var pdf = MarkdownPdf.Write(File.ReadAllText(Path.Combine(Folder(), PortalDocuments.ManualSource)));

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(' ', document.GetPages().Select(p => p.Text));
        Assert.True(document.NumberOfPages >= 2);
        Assert.Contains("Manuale del Portale Operatori-Gestori", text);
        Assert.Contains("Lettere scaricate da lavorare", text);
        Assert.Contains("Manuale e Moduli", text);
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("](", text);
    }

    [Fact]
    public void Marks_are_dropped_and_external_addresses_kept_after_their_text()
    {
        Assert.Equal("vedi FAQ e Garante (https://www.garanteprivacy.it), R-",
            MarkdownPdf.Plain("vedi [FAQ](/faq) e [Garante](https://www.garanteprivacy.it), `R-`"));
        Assert.Equal("HD_PORTALE@acquirenteunico.it", MarkdownPdf.Plain("[HD_PORTALE@acquirenteunico.it](mailto:HD_PORTALE@acquirenteunico.it)"));
        Assert.Equal("molto importante", MarkdownPdf.Plain("molto **importante**"));
    }

    [Fact]
    public void The_form_is_one_page_with_its_text_and_a_fillable_field_for_each_entry()
    {
        using var document = PdfDocument.Open(EnablementRequestForm.Write());

        var page = Assert.Single(document.GetPages());
        Assert.Contains(EnablementRequestForm.Title, page.Text);
        Assert.True(document.TryGetForm(out AcroForm form));
        var fields = form.GetFields().ToDictionary(f => f.Information.PartialName!);
        foreach (var (name, _) in EnablementRequestForm.CompanyFields.Concat(EnablementRequestForm.ReferentFields)
            .Concat(EnablementRequestForm.SignerFields))
        {
            Assert.IsType<AcroTextField>(fields[name]);
        }
        foreach (var (name, _) in EnablementRequestForm.RequestKinds)
        {
            Assert.False(Assert.IsType<AcroCheckboxField>(fields[name]).IsChecked);
        }
        Assert.IsType<AcroSignatureField>(fields[EnablementRequestForm.SignatureField]);
        Assert.Equal("Codice Fiscale del referente", fields["referente_codice_fiscale"].Information.AlternateName);
        Assert.True(form.NeedAppearances);
    }

    [Fact]
    public void Fields_sit_on_the_page_they_were_drawn_on_and_keep_the_page_text()
    {
        var writer = new PdfTextWriter();
        writer.Line("Prima pagina", 11);
        var first = writer.Box(18);
        writer.Space(800);
        writer.Line("Seconda pagina", 11);
        var second = writer.Box(18);

        using var document = PdfDocument.Open(PdfFormFields.Add(writer.Build(),
            [new("uno", "Uno", PdfFieldKind.Text, first), new("due", "Due", PdfFieldKind.Text, second)]));

        Assert.Equal(2, document.NumberOfPages);
        Assert.Contains("Seconda pagina", document.GetPage(2).Text);
        Assert.True(document.TryGetForm(out AcroForm form));
        Assert.Equal("uno", Assert.Single(form.GetFieldsForPage(1)).Information.PartialName);
        Assert.Equal("due", Assert.Single(form.GetFieldsForPage(2)).Information.PartialName);
    }

    [Fact]
    public void Writing_the_documents_puts_both_PDFs_beside_the_Markdown()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.Copy(Path.Combine(Folder(), PortalDocuments.ManualSource), Path.Combine(folder, PortalDocuments.ManualSource));

        var written = PortalDocuments.Write(folder);

        Assert.Equal([PortalDocuments.ManualPdf, PortalDocuments.FormPdf], written.Select(w => w.Name));
        Assert.All(written, w => Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(folder, w.Name))[..5]));
    }
}
