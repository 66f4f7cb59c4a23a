using System.IO.Compression;

namespace Portale.Core.Publication;

/// <summary>
/// A batch sent as one ZIP: <c>manifest.json</c> and the PDFs, flat. Read in memory, never extracted to
/// disk; refused whole (422 <c>zip-invalid</c>, saying why) when it is not a ZIP, has more entries than a
/// batch may, an entry in a folder or with a path (zip-slip), two entries of one name, or an entry that
/// inflates past its limit whatever its header claims (a bomb: each entry is read through a counting
/// stream, so the bytes inflated never exceed the limits).
/// </summary>
public static class BatchZip
{
    public const string ManifestName = "manifest.json";
    public const string InvalidCode = "zip-invalid";

    public static BatchZipContent Read(Stream zip)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw Invalid("Il file inviato non è un archivio ZIP leggibile.");
        }
        using (archive)
        {
            if (archive.Entries.Count > LetterBatchStaging.MaxLetters + 1)
            {
                throw LetterBatchStaging.TooManyLetters();
            }
            var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.OrdinalIgnoreCase);
            string? manifest = null;
            long inflated = 0;
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName;
                if (name.Length == 0 || name.IndexOfAny(['/', '\\', ':']) >= 0 || name.StartsWith('.'))
                {
                    throw Invalid($"L'archivio contiene '{name}': le voci devono stare nella radice, senza cartelle né percorsi.");
                }
                if (files.ContainsKey(name) || (manifest is not null && name.Equals(ManifestName, StringComparison.OrdinalIgnoreCase)))
                {
                    throw Invalid($"L'archivio contiene due voci di nome '{name}'.");
                }
                var isManifest = name.Equals(ManifestName, StringComparison.OrdinalIgnoreCase);
                var limit = isManifest ? LetterBatchStaging.MaxManifestBytes : PdfStaging.MaxFileBytes;
                var bytes = Inflate(entry, name, limit, LetterBatchStaging.MaxBodyBytes - inflated);
                inflated += bytes.Length;
                if (isManifest)
                {
                    manifest = Encoding.UTF8.GetString(bytes);
                }
                else
                {
                    files[name] = bytes;
                }
            }
            return manifest is null
                ? throw Invalid($"L'archivio non contiene il file {ManifestName} con l'elenco delle lettere.")
                : new BatchZipContent(manifest, files);
        }
    }

    private static byte[] Inflate(ZipArchiveEntry entry, string name, long limit, long left)
    {
        var allowed = Math.Min(limit, left);
        if (entry.Length > allowed)
        {
            throw TooLarge(name, allowed == left);
        }
        try
        {
            using var source = new SizeLimitedStream(entry.Open(), allowed);
            using var buffer = new MemoryStream();
            source.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (UploadTooLargeException)
        {
            throw TooLarge(name, allowed == left);
        }
        catch (InvalidDataException)
        {
            throw Invalid($"La voce '{name}' dell'archivio è danneggiata e non può essere letta.");
        }
    }

    private static RefusalException TooLarge(string name, bool total) => Invalid(total
        ? $"Il contenuto dell'archivio supera {LetterBatchStaging.MaxBodyBytes / (1024 * 1024)} MB una volta estratto."
        : $"La voce '{name}' dell'archivio supera la dimensione massima consentita una volta estratta.");

    private static RefusalException Invalid(string message) => RefusalException.Field(InvalidCode, "file", message);
}
