namespace Portale.Core.Uploads;

/// <summary>What an uploaded file's own name must be, by kind.</summary>
public static class UploadFileName
{
    /// <summary>
    /// Null when <paramref name="fileName"/> is acceptable for <paramref name="kind"/>, else the Italian
    /// reason. Only a TIRV rejection has a fixed name (manual ch. 7): a single answer may have any
    /// name (the portal renames it, FAQ 12.4), a communication too, and a .zip's name is free (6.2.2).
    /// </summary>
    public static string? Refusal(UploadKind kind, string fileName) =>
        kind == UploadKind.TirvRejection && !TirvRejectionName.IsValid(fileName)
            ? UploadMessages.TirvRejectionNameInvalid
            : null;

    /// <summary>The name a single answer is stored under: the letter's, with R for L.</summary>
    public static DocumentName StoredAnswerName(DocumentName letter) => letter.ToAnswerName();
}
