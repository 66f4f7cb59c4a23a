namespace Portale.Core.Documents;

/// <summary>
/// Manual ch. 7: a TIRV rejection sent as a free communication is a PDF named <c>RIGETTO_TIRV</c>
/// followed by at most 10 more characters, spaces and the extension included
/// (<c>RIGETTO_TIRV.PDF</c>, <c>RIGETTO_TIRV 01.pdf</c>). Compared case-insensitively like every name.
/// </summary>
public static class TirvRejectionName
{
    public const string Prefix = "RIGETTO_TIRV";
    public const int MaxExtraCharacters = 10;
    private const string Extension = ".PDF";

    public static bool IsValid(string? fileName) =>
        fileName is not null
        && fileName.Length <= Prefix.Length + MaxExtraCharacters
        && fileName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
        && fileName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)
        && fileName.Length >= Prefix.Length + Extension.Length
        && !fileName.Any(c => char.IsControl(c) || c is '/' or '\\');
}
