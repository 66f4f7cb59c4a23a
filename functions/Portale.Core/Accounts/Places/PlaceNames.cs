namespace Portale.Core.Accounts.Places;

/// <summary>Search keys: upper case, no accents, punctuation as single spaces ("Sant'Agata" → "SANT AGATA").</summary>
internal static class PlaceNames
{
    public static string SearchKey(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
                builder.Append(char.ToUpperInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        // ß and similar have no decomposition; spell them the way Italian data does.
        return builder.Replace("ß", "SS").ToString();
    }

    public static int LetterCount(string key) => key.Count(char.IsLetter);
}
