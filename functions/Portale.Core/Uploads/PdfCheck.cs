namespace Portale.Core.Uploads;

/// <summary>What a PDF inspection found.</summary>
public enum PdfCheck
{
    /// <summary>A PDF that opens without a password and has at least one readable page.</summary>
    Valid,

    /// <summary>Not a PDF at all (no <c>%PDF-</c> header): a renamed Word file, an image, an empty file.</summary>
    NotPdf,

    /// <summary>Encrypted: it needs a password, or carries an owner password restricting its use.</summary>
    Encrypted,

    /// <summary>Looks like a PDF but cannot be read: truncated, corrupted, no pages.</summary>
    Unreadable,

    /// <summary>A readable PDF carrying active content (<see cref="PdfInspection.ActiveContent"/> says which).</summary>
    ActiveContent,
}
