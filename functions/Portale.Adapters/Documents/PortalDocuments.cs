namespace Portale.Adapters.Documents;

/// <summary>
/// The PDFs of "Manuale e Moduli" (manual 6.10), written at build time into the web app's documents folder
/// (tools/Portale.Documents): the manual from its Markdown, which the web page shows as HTML, and the form.
/// </summary>
public static class PortalDocuments
{
    public const string ManualSource = "manuale-portale-operatori-gestori.md";
    public const string ManualPdf = "manuale-portale-operatori-gestori.pdf";
    public const string FormPdf = "modulo-abilitazione-referenti.pdf";

    /// <summary>Writes both files into <paramref name="folder"/>; returns their names and sizes.</summary>
    public static IReadOnlyList<(string Name, long Bytes)> Write(string folder)
    {
        var manual = MarkdownPdf.Write(File.ReadAllText(Path.Combine(folder, ManualSource)));
        File.WriteAllBytes(Path.Combine(folder, ManualPdf), manual);
        var form = EnablementRequestForm.Write();
        File.WriteAllBytes(Path.Combine(folder, FormPdf), form);
        return [(ManualPdf, manual.Length), (FormPdf, form.Length)];
    }
}
