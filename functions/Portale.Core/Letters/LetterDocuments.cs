namespace Portale.Core.Letters;

/// <summary>Where a letter's PDF is stored: once, by its canonical name, for every recipient.</summary>
public static class LetterDocuments
{
    public static string PathOf(string canonicalName) => $"letters/{canonicalName}";
}
