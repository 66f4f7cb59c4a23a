using System.Text.Json;
using Portale.Core.Uploads;

namespace Portale.Functions.Publication;

/// <summary>
/// Reads a batch of letters (multipart/form-data, streamed): either a <c>manifest</c> field (a JSON array,
/// each entry single staging's fields plus <c>file</c>, the file name of a PDF part) followed by the PDF
/// parts, or one <c>file</c> part that is a ZIP holding <c>manifest.json</c> and the PDFs. The manifest or
/// the ZIP comes first, so a batch over its letters' limit is refused before the PDFs are read.
/// </summary>
public static class LetterBatchForm
{
    public const string FormInvalidCode = "batch-form-invalid";
    private const string Required =
        "Inviare il lotto come multipart/form-data: il campo 'manifest' (JSON) seguito dai PDF, " +
        "oppure un solo campo 'file' con un archivio ZIP che contiene manifest.json e i PDF.";

    public static async Task<IReadOnlyList<BatchLetter>> ReadAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        var reader = RequestMultipart.Reader(request, Required);
        var first = await reader.ReadNextSectionAsync(cancellationToken) ?? throw Invalid();
        switch (RequestMultipart.Disposition(first))
        {
            case ("manifest", null):
                var manifest = await ReadManifestAsync(first.Body, cancellationToken);
                var parts = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.OrdinalIgnoreCase);
                while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
                {
                    if (RequestMultipart.Disposition(section) is not (_, { Length: > 0 } fileName))
                    {
                        throw Invalid();
                    }
                    if (!parts.TryAdd(fileName, await ReadPdfAsync(section.Body, cancellationToken)))
                    {
                        throw RefusalException.Field(FormInvalidCode, "file",
                            $"Il lotto contiene due file di nome '{fileName}'.");
                    }
                }
                return Letters(manifest, parts);
            case ("file", { Length: > 0 }):
                var zip = await ReadZipAsync(first.Body, cancellationToken);
                if (await reader.ReadNextSectionAsync(cancellationToken) is not null)
                {
                    throw Invalid();
                }
                var content = BatchZip.Read(zip);
                return Letters(Entries(content.Manifest), content.Files);
            default:
                throw Invalid();
        }
    }

    private static List<BatchLetter> Letters(
        IReadOnlyList<JsonElement> manifest, IReadOnlyDictionary<string, ReadOnlyMemory<byte>> files) =>
        [.. manifest.Select(entry =>
        {
            var file = entry.ValueKind == JsonValueKind.Object
                && entry.TryGetProperty("file", out var name) && name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : null;
            ReadOnlyMemory<byte>? content = file is not null && files.TryGetValue(file, out var bytes) ? bytes : null;
            try
            {
                return new BatchLetter(file, content, RequestJson.Parse<StagingRequest>(entry.GetRawText()));
            }
            catch (RefusalException unreadable)
            {
                return new BatchLetter(file, content, null, unreadable);
            }
        })];

    private static async Task<IReadOnlyList<JsonElement>> ReadManifestAsync(
        Stream body, CancellationToken cancellationToken)
    {
        await using var limited = new SizeLimitedStream(body, LetterBatchStaging.MaxManifestBytes, leaveOpen: true);
        using var text = new StreamReader(limited);
        try
        {
            return Entries(await text.ReadToEndAsync(cancellationToken));
        }
        catch (UploadTooLargeException)
        {
            throw RefusalException.Field(FormInvalidCode, "manifest",
                $"Il manifest supera {LetterBatchStaging.MaxManifestBytes / 1024} KB: dividere l'invio in più lotti.");
        }
    }

    private static List<JsonElement> Entries(string manifest)
    {
        var entries = RequestJson.Parse<List<JsonElement>>(manifest) ?? throw RefusalException.Field(
            FormInvalidCode, "manifest", "Il manifest deve essere un elenco JSON di lettere.");
        return entries.Count > LetterBatchStaging.MaxLetters ? throw LetterBatchStaging.TooManyLetters() : entries;
    }

    /// <summary>A PDF over the limit is passed on as one byte too many, for the staging's own refusal.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadPdfAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        try
        {
            await using var limited = new SizeLimitedStream(body, PdfStaging.MaxFileBytes, leaveOpen: true);
            await limited.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }
        catch (UploadTooLargeException)
        {
            return new byte[PdfStaging.MaxFileBytes + 1];
        }
    }

    private static async Task<MemoryStream> ReadZipAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return buffer;
    }

    private static RefusalException Invalid() => RefusalException.Field(FormInvalidCode, "manifest", Required);
}
