using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Portale.Functions.Problems;

/// <summary>
/// The one streaming reader of multipart/form-data bodies (uploads, chapter 9 reports): fields are read
/// as they come, each at most <see cref="MaxFieldBytes"/>, and the file is handed over as a stream, so
/// nothing is buffered whole before the rules have spoken.
/// </summary>
public static class RequestMultipart
{
    public const int MaxFieldBytes = 64 * 1024;

    /// <summary>A reader of the body; anything but multipart/form-data is 415 with <paramref name="required"/>.</summary>
    public static MultipartReader Reader(HttpRequest request, string required)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value
            : null;
        return string.IsNullOrEmpty(boundary)
            ? throw new RefusalException(RefusalKind.UnsupportedMediaType, "multipart-required", required)
            : new MultipartReader(boundary, request.Body);
    }

    public static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The field's name and, for a file, its file name (null for a plain field); null for a part without a
    /// usable Content-Disposition.
    /// </summary>
    public static (string Name, string? FileName)? Disposition(MultipartSection section)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
        {
            return null;
        }
        var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
        return disposition.IsFileDisposition()
            ? (name, HeaderUtilities.RemoveQuotes(
                disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "")
            : (name, null);
    }

    public static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        await using var limited = new SizeLimitedStream(body, MaxFieldBytes, leaveOpen: true);
        using var text = new StreamReader(limited);
        try
        {
            return await text.ReadToEndAsync(cancellationToken);
        }
        catch (UploadTooLargeException)
        {
            throw RefusalException.BadRequest("field-too-large", "Un campo del modulo è troppo lungo.");
        }
    }
}
