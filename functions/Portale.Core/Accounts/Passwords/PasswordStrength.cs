namespace Portale.Core.Accounts.Passwords;

/// <summary>
/// The live strength meter. Deterministic and small on purpose: web/src/rules/passwordStrength.ts
/// implements the same steps and tests/vectors/password-strength.json pins both.
/// <list type="number">
/// <item>n = length in Unicode code points; n &lt; 8 → Troppo corta; n &gt; 20 → Troppo lunga.</item>
/// <item>score = number of classes present (lower Ll, upper Lu, digit Nd, special = anything else).</item>
/// <item>+1 when n ≥ 12; +1 more when n ≥ 16.</item>
/// <item>−1 when the same code point appears three times in a row ("aaa").</item>
/// <item>−1 when three consecutive code points each follow the previous by +1 or each by −1 ("abc", "321").</item>
/// <item>score ≥ 5 → Forte; 4 → Media; 3 → Debole; otherwise Molto debole.</item>
/// </list>
/// The meter advises; <see cref="PasswordPolicy"/> decides what is accepted.
/// </summary>
public static class PasswordStrength
{
    public static PasswordStrengthLevel Evaluate(string password)
    {
        var cp = PasswordCharacters.CodePoints(password);
        if (cp.Length < PasswordPolicy.MinLength)
        {
            return PasswordStrengthLevel.TooShort;
        }
        if (cp.Length > PasswordPolicy.MaxLength)
        {
            return PasswordStrengthLevel.TooLong;
        }
        var score = PasswordCharacters.Count(PasswordCharacters.Present(cp));
        if (cp.Length >= 12)
        {
            score++;
        }
        if (cp.Length >= 16)
        {
            score++;
        }
        if (HasTriple(cp, (a, b) => a == b))
        {
            score--;
        }
        if (HasTriple(cp, (a, b) => b - a == 1) || HasTriple(cp, (a, b) => a - b == 1))
        {
            score--;
        }
        return score switch
        {
            >= 5 => PasswordStrengthLevel.Strong,
            4 => PasswordStrengthLevel.Medium,
            3 => PasswordStrengthLevel.Weak,
            _ => PasswordStrengthLevel.VeryWeak,
        };
    }

    public static string EvaluateLabel(string password) => Label(Evaluate(password));

    public static string Label(PasswordStrengthLevel level) => level switch
    {
        PasswordStrengthLevel.TooShort => "Troppo corta",
        PasswordStrengthLevel.VeryWeak => "Molto debole",
        PasswordStrengthLevel.Weak => "Debole",
        PasswordStrengthLevel.Medium => "Media",
        PasswordStrengthLevel.Strong => "Forte",
        PasswordStrengthLevel.TooLong => "Troppo lunga",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    // True when some window of three code points has step(c[i], c[i+1]) and step(c[i+1], c[i+2]).
    private static bool HasTriple(int[] cp, Func<int, int, bool> step)
    {
        for (var i = 0; i + 2 < cp.Length; i++)
        {
            if (step(cp[i], cp[i + 1]) && step(cp[i + 1], cp[i + 2]))
            {
                return true;
            }
        }
        return false;
    }
}
