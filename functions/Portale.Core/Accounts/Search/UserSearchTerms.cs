namespace Portale.Core.Accounts.Search;

/// <summary>
/// What a staff search by prefix matches: username, first name, last name, both names in either order,
/// codice fiscale and email, each compared without case, accents or repeated spaces.
/// </summary>
public static class UserSearchTerms
{
    public static string Normalize(string? text)
    {
        var decomposed = (text ?? "").Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsWhiteSpace(c))
            {
                if (kept.Length > 0 && kept[^1] != ' ')
                {
                    kept.Append(' ');
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    public static IReadOnlyList<string> Of(UserAccount user) =>
    [
        .. new[]
        {
            user.Username, user.FirstName, user.LastName, $"{user.FirstName} {user.LastName}",
            $"{user.LastName} {user.FirstName}", user.FiscalCode, user.Email,
        }.Select(Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Whether a term of the user starts with the normalised <paramref name="prefix"/>.</summary>
    public static bool Matches(UserAccount user, string prefix) =>
        Of(user).Any(t => t.StartsWith(prefix, StringComparison.Ordinal));
}
