using System.Diagnostics.CodeAnalysis;

namespace Portale.Core.Uploads;

/// <summary>
/// Manual 6.6: a free communication's label has "meno di 17 caratteri". Trimmed, NFC-normalised and
/// counted in characters as a person sees them (text elements), so "è" typed either way counts once.
/// </summary>
public static class CommunicationLabel
{
    public const int MaxLength = 16;

    public static bool TryNormalize(
        string? label, [NotNullWhen(true)] out string? normalized, [NotNullWhen(false)] out string? error)
    {
        normalized = null;
        var trimmed = label?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            error = UploadMessages.LabelRequired;
            return false;
        }
        // An unpaired surrogate would make Normalize throw; it is never something a person typed.
        if (trimmed.Any(IsForbidden) || HasUnpairedSurrogate(trimmed))
        {
            error = UploadMessages.LabelInvalidCharacters;
            return false;
        }
        var nfc = trimmed.Normalize(NormalizationForm.FormC);
        if (new StringInfo(nfc).LengthInTextElements > MaxLength)
        {
            error = UploadMessages.LabelTooLong;
            return false;
        }
        normalized = nfc;
        error = null;
        return true;
    }

    private static bool IsForbidden(char c) => char.GetUnicodeCategory(c)
        is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static bool HasUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
