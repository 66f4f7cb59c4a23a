using System.Security.Cryptography;

namespace Portale.Core.Accounts.Passwords;

/// <summary>
/// PBKDF2-HMAC-SHA256 (OWASP 2023: 600,000 iterations), stored as
/// <c>pbkdf2-sha256$iterations$salt$hash</c> (salt and hash in Base64) so the cost can be raised
/// later: <see cref="NeedsRehash"/> tells the sign-in flow when to re-hash a verified password.
/// </summary>
public sealed class PasswordHasher
{
    public const int DefaultIterations = 600_000;
    public const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int KeyBytes = 32;

    // Refuses stored strings that would make a single verify run for minutes.
    private const int MaxIterations = 10_000_000;

    public PasswordHasher(int iterations = DefaultIterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iterations, MaxIterations);
        Iterations = iterations;
    }

    public int Iterations { get; }

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var key = Derive(password, salt, Iterations);
        return string.Join(
            '$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt),
            Convert.ToBase64String(key));
    }

    public bool Verify(string password, string encoded)
    {
        if (!TryDecode(encoded, out var iterations, out var salt, out var expected))
        {
            return false;
        }
        var actual = Derive(password, salt, iterations, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>True when the stored hash is unreadable or weaker than this hasher's settings.</summary>
    public bool NeedsRehash(string encoded) =>
        !TryDecode(encoded, out var iterations, out var salt, out var key)
        || iterations < Iterations
        || salt.Length < SaltBytes
        || key.Length != KeyBytes;

    private static byte[] Derive(string password, byte[] salt, int iterations, int length = KeyBytes) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, length);

    private static bool TryDecode(string encoded, out int iterations, out byte[] salt, out byte[] key)
    {
        iterations = 0;
        salt = key = [];
        var parts = encoded.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations is < 1 or > MaxIterations)
        {
            return false;
        }
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            key = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        return salt.Length > 0 && key.Length > 0;
    }
}
