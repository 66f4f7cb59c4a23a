namespace Portale.Core.Uploads;

/// <summary>
/// Every Italian reason an upload can be refused for, as shown in "Invii falliti" (manual 6.7).
/// The first two are the manual's own words and must not change.
/// </summary>
public static class UploadMessages
{
    /// <summary>Manual 6.7, word for word.</summary>
    public const string AnswerNameMismatch = "Il nome della risposta non corrisponde con la lettera selezionata.";

    /// <summary>Manual 6.7, word for word (no final full stop in the manual).</summary>
    public static string InvalidFormat(string fileName) => $"Il formato del file '{fileName}' non è valido";

    public const string TechnicalError = "Errore tecnico durante l'elaborazione del file: riprovare.";

    public static string TooLarge(string fileName, long limitBytes) =>
        $"Il file '{fileName}' supera la dimensione massima di {Megabytes(limitBytes)} MB.";

    public static string Infected(string fileName) =>
        $"Il file '{fileName}' è stato segnalato come infetto dall'analisi antimalware e non è stato elaborato.";

    /// <summary>A request whose declared length is over its route's limit: refused before its file is read.</summary>
    public static string RequestTooLarge(long limitBytes) =>
        $"Il file inviato supera la dimensione massima di {Megabytes(limitBytes)} MB e non è stato caricato.";

    public static string Encrypted(string fileName) =>
        $"Il file '{fileName}' è protetto da password: caricare un PDF non cifrato.";

    /// <summary>Names what was found, so the company knows what to remove from its PDF.</summary>
    public static string ActiveContent(string fileName, IReadOnlyList<PdfActiveContent> found) =>
        $"Il file '{fileName}' contiene contenuti attivi non ammessi: {string.Join(", ", found.Select(Describe))}. " +
            "Caricare un PDF che non li contenga.";

    /// <summary>The reason for a PDF inspection result, or null when the PDF is valid.</summary>
    public static string? For(PdfInspection inspection, string fileName) => inspection.Check switch
    {
        PdfCheck.Valid => null,
        PdfCheck.Encrypted => Encrypted(fileName),
        PdfCheck.ActiveContent => ActiveContent(fileName, inspection.ActiveContent),
        PdfCheck.NotPdf or PdfCheck.Unreadable => InvalidFormat(fileName),
        _ => throw new ArgumentOutOfRangeException(nameof(inspection), inspection.Check, null),
    };

    private static string Describe(PdfActiveContent content) => content switch
    {
        PdfActiveContent.JavaScript => "codice JavaScript",
        PdfActiveContent.OpenAction => "un'azione eseguita all'apertura (OpenAction)",
        PdfActiveContent.AdditionalActions => "azioni eseguite automaticamente (AA)",
        PdfActiveContent.Launch => "l'avvio di programmi o file esterni (Launch)",
        PdfActiveContent.EmbeddedFile => "file incorporati",
        PdfActiveContent.DataSubmission => "l'invio o l'importazione di dati (SubmitForm, ImportData)",
        _ => throw new ArgumentOutOfRangeException(nameof(content), content, null),
    };

    public static string UnknownKind(string? kind) => $"Il tipo di caricamento '{kind}' non è valido.";

    public const string TirvRejectionNameInvalid =
        "Il nome del file non rispetta il formato RIGETTO_TIRV: dopo RIGETTO_TIRV sono ammessi al massimo 10 " +
            "caratteri, spazi ed estensione .PDF inclusi.";

    public const string LabelRequired = "L'etichetta della comunicazione è obbligatoria.";
    public const string LabelTooLong = "L'etichetta della comunicazione deve avere meno di 17 caratteri.";
    public const string LabelInvalidCharacters = "L'etichetta della comunicazione contiene caratteri non ammessi.";

    public static string LetterNotToWork(string letterName) =>
        $"La lettera '{letterName}' non è tra quelle da lavorare.";

    public static string CarbonCopyLetter(string letterName) =>
        $"La lettera '{letterName}' è stata ricevuta in copia conoscenza: non è prevista una risposta.";

    /// <summary>A second further answer, or one after 72 hours: the wording of <see cref="RefusalMessages"/>.</summary>
    public static string For(AnswerReplacementRefusal refusal) => RefusalMessages.For(refusal);

    public static string ZipTooManyEntries(string zipName, int maxEntries) =>
        $"L'archivio '{zipName}' contiene più di {maxEntries} file: suddividere le risposte in più archivi.";

    public static string ZipTooLargeUncompressed(string zipName, long limitBytes) =>
        $"L'archivio '{zipName}' una volta decompresso supera la dimensione massima di {Megabytes(limitBytes)} MB: " +
            "suddividere le risposte in più archivi.";

    public static string ZipWithoutAnswers(string zipName) =>
        $"L'archivio '{zipName}' non contiene risposte: inserire nel file .zip i PDF delle risposte, nominati R- " +
            "seguito dal nome della lettera.";

    public static string ZipEntryInFolder(string entryName) =>
        $"Il file '{entryName}' si trova in una cartella dell'archivio: " +
            "inserire le risposte direttamente nel file .zip, senza cartelle.";

    public static string ZipEntryUnsafePath(string entryName) =>
        $"Il nome del file '{entryName}' non è valido: non può contenere percorsi, unità disco o caratteri di " +
            "controllo.";

    public static string ZipEntryDuplicate(string entryName) =>
        $"L'archivio contiene più risposte per la stessa lettera ('{entryName}'): nessuna è stata caricata, inserire " +
            "una sola risposta per lettera.";

    public static string ZipEntrySuspiciousCompression(string entryName) =>
        $"Il file '{entryName}' ha un rapporto di compressione anomalo e non può essere elaborato.";

    /// <summary>The reason for a refused .zip entry.</summary>
    public static string For(ZipEntryRefusal refusal, string entryName) => refusal switch
    {
        ZipEntryRefusal.NameMismatch => AnswerNameMismatch,
        ZipEntryRefusal.InFolder => ZipEntryInFolder(entryName),
        ZipEntryRefusal.UnsafePath => ZipEntryUnsafePath(entryName),
        ZipEntryRefusal.Duplicate => ZipEntryDuplicate(entryName),
        ZipEntryRefusal.TooLarge => TooLarge(entryName, UploadLimits.ZipMaxEntryUncompressedBytes),
        ZipEntryRefusal.SuspiciousCompression => ZipEntrySuspiciousCompression(entryName),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };

    private static string Megabytes(long bytes) =>
        (bytes / (double)UploadLimits.MegaByte).ToString("0.##", CultureInfo.GetCultureInfo("it-IT"));
}
