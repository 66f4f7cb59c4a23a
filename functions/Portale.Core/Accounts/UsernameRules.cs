namespace Portale.Core.Accounts;

/// <summary>Username format (manual ch. 2): 3–30 characters of a-z A-Z 0-9 - _ $ @ * ! . and no spaces.</summary>
public static class UsernameRules
{
    public const int MinLength = 3;
    public const int MaxLength = 30;

    public const string Required = "Inserire lo username";
    public const string WrongLength = "Lo username deve essere lungo da 3 a 30 caratteri";
    public const string NoSpaces = "Lo username non può contenere spazi";
    public const string WrongCharacters =
        "Lo username può contenere solo lettere (a-z, A-Z), numeri (0-9) e i caratteri - _ $ @ * ! .";

    public static IReadOnlyList<string> Validate(string? username)
    {
        if (string.IsNullOrEmpty(username))
        {
            return [Required];
        }
        var errors = new List<string>();
        if (username.Length is < MinLength or > MaxLength)
        {
            errors.Add(WrongLength);
        }
        if (username.Any(char.IsWhiteSpace))
        {
            errors.Add(NoSpaces);
        }
        if (username.Any(c => !char.IsWhiteSpace(c) && !IsAllowed(c)))
        {
            errors.Add(WrongCharacters);
        }
        return errors;
    }

    public static bool IsValid(string? username) => Validate(username).Count == 0;

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || "-_$@*!.".Contains(c);
}
