namespace Portale.Core.Letters;

/// <summary>
/// Where a letter's PDF is stored, once for every recipient: by canonical name and SHA-256, so a
/// concurrent second staging of the same name writes beside the first instead of over it, and the
/// stored bytes always match the Hash Lettera recorded by the row that won.
/// </summary>
public static class LetterDocuments
{
    public static string PathOf(string canonicalName, string hash) => $"letters/{canonicalName}/{hash}";
}
