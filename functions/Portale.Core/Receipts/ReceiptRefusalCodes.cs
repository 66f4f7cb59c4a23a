namespace Portale.Core.Receipts;

/// <summary>
/// The stable code a refusal's receipt carries beside its Italian reason, so a program can act on it: the
/// reasons are <see cref="UploadMessages"/>' sentences, told apart here by their fixed words.
/// </summary>
public static class ReceiptRefusalCodes
{
    public const string Other = "upload-refused";

    private static readonly (string Code, Regex Shape)[] Shapes =
    [
        ("answer-name-mismatch", Words(UploadMessages.AnswerNameMismatch)),
        ("file-format-invalid", new Regex("^Il formato del file '.*' non è valido$")),
        ("technical-error", Words(UploadMessages.TechnicalError)),
        ("file-infected", new Regex("^Il file '.*' è stato segnalato come infetto")),
        ("file-too-large", new Regex("^Il file '.*' supera la dimensione massima di")),
        ("file-encrypted", new Regex("^Il file '.*' è protetto da password")),
        ("file-active-content", new Regex("^Il file '.*' contiene contenuti attivi non ammessi")),
        ("letter-not-to-work", new Regex("^La lettera '.*' non è tra quelle da lavorare\\.$")),
        ("carbon-copy-letter", new Regex("^La lettera '.*' è stata ricevuta in copia conoscenza")),
        ("answer-already-replaced", Words(RefusalMessages.For(AnswerReplacementRefusal.AlreadyReplaced))),
        ("answer-window-closed", Words(RefusalMessages.For(AnswerReplacementRefusal.WindowClosed))),
        ("zip-too-many-entries", new Regex("^L'archivio '.*' contiene più di \\d+ file")),
        ("zip-too-large-uncompressed", new Regex("^L'archivio '.*' una volta decompresso supera")),
        ("zip-without-answers", new Regex("^L'archivio '.*' non contiene risposte")),
        ("zip-entry-in-folder", new Regex("^Il file '.*' si trova in una cartella dell'archivio")),
        ("zip-entry-unsafe-path", new Regex("^Il nome del file '.*' non è valido: non può contenere percorsi")),
        ("zip-entry-duplicate", new Regex("^L'archivio contiene più risposte per la stessa lettera")),
        ("zip-entry-suspicious-compression", new Regex("^Il file '.*' ha un rapporto di compressione anomalo")),
    ];

    public static string Of(string reason) =>
        Shapes.FirstOrDefault(s => s.Shape.IsMatch(reason)).Code ?? Other;

    private static Regex Words(string sentence) => new($"^{Regex.Escape(sentence)}$");
}
