namespace Portale.Core.Companies;

/// <summary>Partita IVA: 11 digits, the last a Luhn-style check digit.</summary>
public static class VatNumber
{
    public static bool IsValid(string? text)
    {
        if (text is not { Length: 11 } || !text.All(char.IsAsciiDigit))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var digit = text[i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9) { digit -= 9; }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10 == text[10] - '0';
    }
}
