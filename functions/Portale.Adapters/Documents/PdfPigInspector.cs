using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Portale.Adapters.Documents;

/// <summary>
/// <see cref="IPdfInspector"/> with PdfPig. A file is <see cref="PdfCheck.Valid"/> when it has a
/// <c>%PDF-</c> header and an <c>%%EOF</c> marker within 1024 bytes of its start and end (as Acrobat
/// requires; a missing end marker is how a cut-off upload shows), opens without a password, is not
/// encrypted at all, every one of its (at least one) pages parses, and it carries no active content
/// (<see cref="PdfActiveContentScanner"/>).
/// Any encryption is refused, owner-password-only restrictions included: the Sportello must be able
/// to print, copy and forward every answer, and the hash must be of a document anyone can read.
/// The file is buffered in memory, at most <paramref name="maxBytes"/> (15 MB by default).
/// </summary>
public sealed class PdfPigInspector(long maxBytes = UploadLimits.LargestPdfBytes) : IPdfInspector
{
    private const int MarkerWindow = 1024;
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("%PDF-");
    private static readonly byte[] EndOfFile = Encoding.ASCII.GetBytes("%%EOF");

    public async Task<PdfInspection> InspectAsync(Stream pdf, CancellationToken cancellationToken)
    {
        var bytes = await ReadAllAsync(pdf, cancellationToken);
        if (bytes.AsSpan(0, Math.Min(bytes.Length, MarkerWindow)).IndexOf(Header) < 0)
        {
            return PdfInspection.Of(PdfCheck.NotPdf);
        }
        if (bytes.AsSpan(Math.Max(0, bytes.Length - MarkerWindow)).IndexOf(EndOfFile) < 0)
        {
            return PdfInspection.Of(PdfCheck.Unreadable);
        }
        return Parse(bytes, cancellationToken);
    }

    private static PdfInspection Parse(byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var document =
                PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.IsEncrypted)
            {
                return PdfInspection.Of(PdfCheck.Encrypted);
            }
            if (document.NumberOfPages < 1)
            {
                return PdfInspection.Of(PdfCheck.Unreadable);
            }
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _ = document.GetPage(number);
            }
            var active = new PdfActiveContentScanner(document).Scan();
            return active.Count > 0
                ? new PdfInspection(PdfCheck.ActiveContent, active)
                : PdfInspection.Of(PdfCheck.Valid);
        }
        catch (PdfDocumentEncryptedException)
        {
            return PdfInspection.Of(PdfCheck.Encrypted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // PdfPig reports a damaged file with many exception types; all mean "cannot be read".
            return PdfInspection.Of(PdfCheck.Unreadable);
        }
    }

    private async Task<byte[]> ReadAllAsync(Stream pdf, CancellationToken cancellationToken)
    {
        await using var limited = new SizeLimitedStream(pdf, maxBytes, leaveOpen: true);
        using var buffer = new MemoryStream();
        await limited.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
