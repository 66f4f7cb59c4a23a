namespace Portale.Functions.Problems;

/// <summary>The one answer of a stored PDF: its stream as <c>application/pdf</c>, downloaded under its name.</summary>
public static class PdfDownload
{
    /// <summary>A PDF the records name but storage lacks is the portal's fault, not the caller's: a 500.</summary>
    public static async Task<FileStreamResult> OpenAsync(
        this IDocumentStore documents, string path, string fileName, CancellationToken cancellationToken)
    {
        var pdf = await documents.OpenReadAsync(path, cancellationToken)
            ?? throw new InvalidOperationException($"The PDF {fileName} is missing from storage at {path}.");
        return new FileStreamResult(pdf, "application/pdf") { FileDownloadName = fileName };
    }
}
