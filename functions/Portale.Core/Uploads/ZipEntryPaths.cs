namespace Portale.Core.Uploads;

/// <summary>Path rules for .zip entry names (the format's separator is '/').</summary>
public static class ZipEntryPaths
{
    /// <summary>
    /// A name that could escape or confuse a target folder if anything ever extracted it: empty, a
    /// backslash (a Windows separator), an absolute path, a drive letter or any ':', a '.' or '..'
    /// segment, or control characters.
    /// </summary>
    public static bool IsUnsafe(string name) =>
        name.Length == 0
        || name.Contains('\\')
        || name.Contains(':')
        || name.StartsWith('/')
        || name.Any(char.IsControl)
        || name.TrimEnd('/').Split('/').Any(segment => segment is "." or ".." or "");

    /// <summary>Folder records and macOS Finder metadata: never an answer, never read.</summary>
    public static bool IsIgnorable(string name) =>
        name.EndsWith('/')
        || name.StartsWith("__MACOSX/", StringComparison.Ordinal)
        || name.Split('/')[^1] == ".DS_Store";
}
