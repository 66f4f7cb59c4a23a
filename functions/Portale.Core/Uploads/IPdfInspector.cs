namespace Portale.Core.Uploads;

/// <summary>Checks that a file is a PDF the Sportello can open. Implemented by an adapter (PdfPig).</summary>
public interface IPdfInspector
{
    /// <summary>
    /// Reads <paramref name="pdf"/> (seekable or not; at most <see cref="UploadLimits.LargestPdfBytes"/>
    /// bytes, else <see cref="UploadTooLargeException"/>) and says what it is. Never throws for a bad file.
    /// </summary>
    Task<PdfCheck> InspectAsync(Stream pdf, CancellationToken cancellationToken);
}
