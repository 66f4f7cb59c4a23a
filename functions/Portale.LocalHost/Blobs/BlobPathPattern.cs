using System.Text.RegularExpressions;

namespace Portale.LocalHost.Blobs;

/// <summary>A blob trigger path such as <c>incoming/{name}</c>: its container and the names it binds.</summary>
public sealed partial class BlobPathPattern
{
    private readonly Regex nameRegex;

    public BlobPathPattern(string path)
    {
        var slash = path.IndexOf('/');
        Container = slash < 0 ? path : path[..slash];
        var pattern = slash < 0 ? "{name}" : path[(slash + 1)..];
        var regex = Token().Replace(Regex.Escape(pattern).Replace("\\{", "{"), m => $"(?<{m.Groups[1].Value}>.+)");
        nameRegex = new Regex($"^{regex}$", RegexOptions.CultureInvariant);
    }

    public string Container { get; }

    /// <summary>The values bound from a blob name, or null when the blob does not match.</summary>
    public Dictionary<string, object?>? Match(string blobName)
    {
        var match = nameRegex.Match(blobName);
        if (!match.Success)
        {
            return null;
        }
        var data = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in nameRegex.GetGroupNames().Where(n => !int.TryParse(n, out _)))
        {
            data[name] = match.Groups[name].Value;
        }
        data["BlobTrigger"] = $"{Container}/{blobName}";
        return data;
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Token();
}
