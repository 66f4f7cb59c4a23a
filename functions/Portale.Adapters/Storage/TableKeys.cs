namespace Portale.Adapters.Storage;

/// <summary>
/// Table keys may not hold '/', '\', '#', '?' or control characters; user input is checked before use.
/// </summary>
public static class TableKeys
{
    public static bool IsSafe(string? value) =>
        !string.IsNullOrEmpty(value)
            && value.Length <= 256 && !value.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
