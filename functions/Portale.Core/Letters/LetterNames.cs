namespace Portale.Core.Letters;

public static class LetterNames
{
    /// <summary>The canonical upper-case name of a letter (<c>L-…</c>), or null when the text is not one.</summary>
    public static string? Canonical(string? text) =>
        DocumentName.TryParse(text, out var name) && name.Kind == DocumentKind.Letter ? name.ToString() : null;
}
