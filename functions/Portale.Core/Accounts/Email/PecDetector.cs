using System.Reflection;

namespace Portale.Core.Accounts.Email;

/// <summary>
/// Recognises PEC addresses by known provider domains (embedded pec-domains.txt) and by naming
/// patterns. Heuristic by nature: PEC can be hosted on any domain, so a miss is always possible.
/// </summary>
public sealed class PecDetector
{
    private const string ResourceName = "Portale.Core.Accounts.Email.pec-domains.txt";
    private static readonly Lazy<PecDetector> LazyDefault = new(LoadDefault);

    private readonly HashSet<string> domains;

    public PecDetector(IEnumerable<string> knownDomains)
    {
        domains = knownDomains
            .Select(d => d.Trim().TrimEnd('.').ToLowerInvariant())
            .Where(d => d.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
    }

    public static PecDetector Default => LazyDefault.Value;

    public IReadOnlyCollection<string> KnownDomains => domains;

    /// <summary>True when the address (or bare domain) looks like a PEC mailbox.</summary>
    public bool IsPec(string addressOrDomain)
    {
        var at = addressOrDomain.LastIndexOf('@');
        var domain = (at >= 0 ? addressOrDomain[(at + 1)..] : addressOrDomain).Trim().TrimEnd('.').ToLowerInvariant();
        if (domain.Length == 0)
        {
            return false;
        }
        var labels = domain.Split('.');
        return IsKnownDomainOrSubdomain(labels) || labels[..^1].Any(IsPecLabel);
    }

    private bool IsKnownDomainOrSubdomain(string[] labels)
    {
        for (var i = 0; i < labels.Length - 1; i++)
        {
            if (domains.Contains(string.Join('.', labels[i..])))
            {
                return true;
            }
        }
        return false;
    }

    // "pec" as a whole label (pec.*, *.pec.*), as a hyphenated part (pec-mail, studio-pec), or as the
    // tail of a longer brand name (arubapec, gigapec). The three-letter minimum before the tail keeps
    // ordinary words such as "spec" out.
    private static bool IsPecLabel(string label) =>
        label == "pec"
        || label.Split('-').Contains("pec")
        || (label.EndsWith("pec", StringComparison.Ordinal) && label.Length >= 6);

    private static PecDetector LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.TrimStart().StartsWith('#'))
            {
                lines.Add(line);
            }
        }
        return new PecDetector(lines);
    }
}
