namespace Portale.Core.Accounts.Enablements;

/// <summary>
/// The signed moduli di abilitazione/disabilitazione: checked like the operators' uploads (a PDF by its
/// header, readable, without active content, at most 10 MB) and stored once per record.
/// </summary>
public static class EnablementModuli
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxNoteLength = 500;
    public const string Required = "modulo-required";
    public const string Invalid = "modulo-invalid";

    public static string PathOf(string companyId, string enablementId) => $"enablements/{companyId}/{enablementId}.pdf";

    /// <summary>
    /// Ids sort newest first (ticks to the end of time, then a random tail for records of the same tick),
    /// so the history is read in key order.
    /// </summary>
    public static string NewId(DateTimeOffset at) =>
        $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}{Guid.NewGuid().ToString("N")[..8]}";

    public static bool IsId(string? id) =>
        id is { Length: 27 } && id[..19].All(char.IsAsciiDigit) && id[19..].All(char.IsAsciiHexDigitLower);

    /// <summary>Refuses, before anything is written, a missing or unsafe modulo and an overlong note.</summary>
    public static async Task CheckAsync(ModuloForm form, IPdfInspector pdfs, CancellationToken cancellationToken)
    {
        if (form.FileName is null || form.Content is not { } content)
        {
            throw RefusalException.Invalid(Required, "Allegare il modulo firmato in PDF nel campo 'modulo'.",
                RefusalException.FieldErrors("modulo", "Allegare il modulo firmato in PDF."));
        }
        var name = form.FileName.Length == 0 ? "modulo" : form.FileName;
        string? problem = null;
        if (content.Length > MaxBytes)
        {
            problem = UploadMessages.TooLarge(name, MaxBytes);
        }
        else if (await pdfs.InspectAsync(new MemoryStream(content.ToArray(), writable: false), cancellationToken)
                 is { IsValid: false } inspection)
        {
            problem = UploadMessages.For(inspection, name);
        }
        if (problem is not null)
        {
            throw RefusalException.Invalid(Invalid,
                "Il modulo allegato non è un PDF valido e sicuro: correggerlo e inviarlo di nuovo.",
                RefusalException.FieldErrors("modulo", problem));
        }
        if (form.Note is { Length: > MaxNoteLength })
        {
            throw RefusalException.Invalid("note-too-long", RefusalException.ValidationTitle,
                RefusalException.FieldErrors("note", $"La nota non può superare {MaxNoteLength} caratteri."));
        }
    }
}
