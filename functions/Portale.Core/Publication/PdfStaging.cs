namespace Portale.Core.Publication;

/// <summary>
/// What staging a PDF document shares, letters and solleciti alike: the checks of the file, the
/// refusal of a name already used, and the PDF stored once under its canonical name and SHA-256
/// (a concurrent second staging of the name writes beside the first, never over it) before the
/// staged row is added. The callers write nothing until every check has passed.
/// </summary>
public sealed class PdfStaging(IDocumentStore documents, IPdfInspector pdfs)
{
    public const int MaxFileBytes = 15 * 1024 * 1024;

    /// <summary>
    /// The canonical name of a staged <paramref name="kind"/> (letter or sollecito), or null; every
    /// problem of the file is added to <paramref name="errors"/> under <c>file</c>: missing,
    /// misnamed, over 15 MB, not a PDF the Sportello can open, carrying active content.
    /// </summary>
    public async Task<string?> CheckFileAsync(
        DocumentKind kind, string? fileName, ReadOnlyMemory<byte>? content, ValidationErrors errors,
        CancellationToken cancellationToken)
    {
        var (noun, prefix) = Describe(kind);
        if (fileName is null || content is null)
        {
            errors.Add("file", $"Allegare il PDF {noun} nel campo 'file'.");
            return null;
        }
        var name = DocumentName.TryParse(fileName, out var parsed) && parsed.Kind == kind ? parsed.ToString() : null;
        if (name is null)
        {
            errors.Add("file", $"Il nome del file '{fileName}' non è valido: deve essere nella forma " +
                $"{prefix}-P-AA-NNNNNNN_NN.PDF.");
        }
        if (content.Value.Length > MaxFileBytes)
        {
            errors.Add("file", "Il file supera la dimensione massima di 15 MB.");
        }
        else if (await pdfs.InspectAsync(new MemoryStream(content.Value.ToArray(), writable: false), cancellationToken)
                 is { IsValid: false } inspection)
        {
            errors.Add("file", inspection.Check == PdfCheck.ActiveContent
                ? UploadMessages.ActiveContent(fileName, inspection.ActiveContent)
                : UploadMessages.InvalidFormat(fileName));
        }
        return name;
    }

    /// <summary>Refuses, before anything is written, a name already staged or published.</summary>
    public static async Task RefuseKnownAsync<T>(
        IStagedDocuments<T> staged, DocumentKind kind, string name, CancellationToken cancellationToken)
        where T : IStagedDocument
    {
        if (await staged.IsKnownAsync(name, cancellationToken))
        {
            throw AlreadyStaged(kind, name);
        }
    }

    /// <summary>Stores the PDF under its name and hash, and returns the hash.</summary>
    public async Task<string> StoreAsync(
        DocumentKind kind, string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var hash = DocumentHash.Of(content.Span);
        await documents.PutAsync(PathOf(kind, name, hash), content, cancellationToken);
        return hash;
    }

    /// <summary>Where the PDF of a staged letter or sollecito is stored.</summary>
    public static string PathOf(DocumentKind kind, string name, string hash) =>
        kind == DocumentKind.Reminder ? ReminderDocuments.PathOf(name, hash) : LetterDocuments.PathOf(name, hash);

    /// <summary>The refusal of a name already staged or published (409).</summary>
    public static RefusalException AlreadyStaged(DocumentKind kind, string name) => kind == DocumentKind.Reminder
        ? RefusalException.Conflict("reminder-exists", $"Il sollecito {name} è già stato caricato.")
        : RefusalException.Conflict("letter-exists", $"La lettera {name} è già stata caricata.");

    private static (string Noun, char Prefix) Describe(DocumentKind kind) => kind switch
    {
        DocumentKind.Letter => ("della lettera", 'L'),
        DocumentKind.Reminder => ("del sollecito", 'S'),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only letters and solleciti are staged."),
    };
}
