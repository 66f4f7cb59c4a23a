namespace Portale.Core.Accounts.FiscalCode;

/// <summary>
/// Computes the code the rules give for a person (the Agenzia delle Entrate may have issued another).
/// </summary>
public static class FiscalCodeCalculator
{
    private const string Vowels = "AEIOU";

    public static string Compute(string lastName, string firstName, DateOnly birthDate, Sex sex, string placeCode)
    {
        var place = placeCode.Trim().ToUpperInvariant();
        if (place.Length != 4 || !char.IsAsciiLetterUpper(place[0]) || !place[1..].All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A Belfiore or Z code is a letter and three digits.", nameof(placeCode));
        }
        var day = birthDate.Day + (sex == Sex.F ? 40 : 0);
        var month = FiscalCodeFormat.MonthLetters[birthDate.Month - 1];
        var first15 = string.Create(CultureInfo.InvariantCulture,
            $"{LastNameTriplet(lastName)}{FirstNameTriplet(firstName)}{birthDate.Year % 100:00}{month}{day:00}{place}");
        return first15 + FiscalCodeFormat.CheckCharacter(first15);
    }

    /// <summary>Consonants, then vowels, then X, three in all.</summary>
    public static string LastNameTriplet(string lastName)
    {
        var letters = Letters(lastName);
        return Pad(Consonants(letters) + VowelsOf(letters));
    }

    /// <summary>As the last name, except that with four or more consonants the 1st, 3rd and 4th are taken.</summary>
    public static string FirstNameTriplet(string firstName)
    {
        var letters = Letters(firstName);
        var consonants = Consonants(letters);
        return consonants.Length >= 4
            ? $"{consonants[0]}{consonants[2]}{consonants[3]}"
            : Pad(consonants + VowelsOf(letters));
    }

    // Upper-case A–Z only: accents are dropped (Nicolò → NICOLO), apostrophes and spaces ignored.
    private static string Letters(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            var upper = char.ToUpperInvariant(c);
            if (char.IsAsciiLetterUpper(upper))
            {
                builder.Append(upper);
            }
        }
        return builder.ToString();
    }

    private static string Consonants(string letters) => string.Concat(letters.Where(c => !Vowels.Contains(c)));

    private static string VowelsOf(string letters) => string.Concat(letters.Where(c => Vowels.Contains(c)));

    private static string Pad(string value) => (value + "XXX")[..3];
}
