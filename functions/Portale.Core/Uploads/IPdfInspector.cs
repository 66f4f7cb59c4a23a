namespace Portale.Core.Uploads;

/// <summary>
/// Checks that a file is a PDF the Sportello can open safely: readable, not encrypted, with no active
/// content. The one PDF check of the core; implemented by an adapter (PdfPig).
/// </summary>
public interface IPdfInspector
{
    /// <summary>
    /// Reads <paramref name="pdf"/> (seekable or not; at most <see cref="UploadLimits.LargestPdfBytes"/>
    /// bytes, else <see cref="UploadTooLargeException"/>) and says what it is. Never throws for a bad file.
    /// </summary>
    Task<PdfInspection> InspectAsync(Stream pdf, CancellationToken cancellationToken);
}
