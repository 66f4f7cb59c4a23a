namespace Portale.Core.Accounts.Passwords;

/// <summary>The password rules of the manual (ch. 2), with its messages word for word.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 8;
    public const int MaxLength = 20;

    // Shorter parts of a name ("Li", "De") would forbid far too many passwords to be useful.
    private const int MinPersonalPartLength = 3;

    public const string Required = "Inserire la password";
    public const string MissingClasses = "La password deve contenere almeno un carattere minuscolo, un carattere " +
        "maiuscolo, un numero e un carattere speciale";
    public const string ContainsPersonalData = "La password non deve contenere username, nome o cognome";
    public const string RecentlyUsed = "La password non può essere uguale a una delle ultime tre inserite";
    public const string TooLong = "La password non deve superare la lunghezza di 20 caratteri";
    public const string TooShort = "La password non deve essere inferiore a 8 caratteri";

    /// <param name="matchesRecent">
    /// True when the candidate equals one of the last three passwords; the caller verifies it against
    /// the stored hashes, so this class never sees them.
    /// </param>
    public static IReadOnlyList<string> Validate(
        string? password, PasswordContext context, Func<string, bool>? matchesRecent = null)
    {
        if (string.IsNullOrEmpty(password))
        {
            return [Required];
        }
        var errors = new List<string>();
        var codePoints = PasswordCharacters.CodePoints(password);
        if (PasswordCharacters.Present(codePoints) != PasswordCharacters.Classes.All)
        {
            errors.Add(MissingClasses);
        }
        if (ContainsPersonalPart(password, context))
        {
            errors.Add(ContainsPersonalData);
        }
        if (matchesRecent?.Invoke(password) == true)
        {
            errors.Add(RecentlyUsed);
        }
        if (codePoints.Length > MaxLength)
        {
            errors.Add(TooLong);
        }
        if (codePoints.Length < MinLength)
        {
            errors.Add(TooShort);
        }
        return errors;
    }

    public static bool ContainsPersonalPart(string password, PasswordContext context)
    {
        // The whole value, the value without separators ("DeLuca") and each of its words ("Gian Franco").
        var parts = new[] { context.Username, context.FirstName, context.LastName }
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .SelectMany(v => PartsOf(v!.Trim()))
            .Where(p => p.Length >= MinPersonalPartLength);
        return parts.Any(p => password.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> PartsOf(string value)
    {
        char[] separators = [' ', '\'', '’', '-'];
        var words = value.Split(separators, StringSplitOptions.RemoveEmptyEntries);
        return words.Append(value).Append(string.Concat(words));
    }
}
