using System.Text.RegularExpressions;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Deployment;

/// <summary>
/// Every setting the code reads is set by the Bicep (infra/modules/function-app.bicep, between the
/// APP SETTINGS markers) or documented with a local default in docs/configuration.md.
/// </summary>
public sealed partial class AppSettingsTests
{
    private static readonly string Root = RepositoryRoot.Path;

    [Fact]
    public void Every_setting_the_code_reads_is_set_in_Azure_or_documented()
    {
        var bicep = BicepSettings();
        var documented = DocumentedSettings();
        var missing = new List<string>();
        foreach (var key in SettingsReadByCode())
        {
            var name = key.Replace(":", "__");
            var setByBicep = bicep.Any(s => s == name || s.StartsWith(name + "__", StringComparison.Ordinal));
            var isDocumented = documented.Any(s => s == name || s.StartsWith(name + "__", StringComparison.Ordinal));
            if (!setByBicep && !isDocumented)
            {
                missing.Add(key);
            }
        }
        Assert.True(missing.Count == 0, "Settings read by the code but neither in Bicep nor in docs/configuration.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_setting_Bicep_sets_is_documented()
    {
        var undocumented = BicepSettings().Except(DocumentedSettings()).ToList();
        Assert.True(undocumented.Count == 0, "Set by Bicep but missing from docs/configuration.md: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void The_settings_the_code_reads_are_found()
    {
        var keys = SettingsReadByCode();
        Assert.Contains("Portale:Clock:Now", keys);
        Assert.Contains("Portale:Storage", keys);
        Assert.Contains("AzureWebJobsStorage", keys);
        Assert.Contains("Portale:Staff", keys);
    }

    private static HashSet<string> SettingsReadByCode()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "functions"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            {
                continue;
            }
            var text = File.ReadAllText(file);
            foreach (Match m in ConfigKeyLiteral().Matches(text))
            {
                keys.Add(m.Groups[1].Value);
            }
            foreach (Match m in ConnectionName().Matches(text))
            {
                keys.Add(m.Groups[1].Value);
            }
            if (text.Contains("\"AzureWebJobsStorage\"", StringComparison.Ordinal))
            {
                keys.Add("AzureWebJobsStorage");
            }
        }
        return keys;
    }

    private static List<string> BicepSettings()
    {
        var text = File.ReadAllText(Path.Combine(Root, "infra", "modules", "function-app.bicep"));
        var start = text.IndexOf("// BEGIN APP SETTINGS", StringComparison.Ordinal);
        var end = text.IndexOf("// END APP SETTINGS", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "APP SETTINGS markers not found in function-app.bicep");
        return BicepEntry().Matches(text[start..end]).Select(m => m.Groups[1].Value).ToList();
    }

    private static List<string> DocumentedSettings()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "configuration.md"));
        var section = text[text.IndexOf("## Settings", StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", 3, StringComparison.Ordinal);
        section = next > 0 ? section[..next] : section;
        return DocRow().Matches(section).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex("\"(Portale(?::[A-Za-z]+)+)\"")]
    private static partial Regex ConfigKeyLiteral();

    [GeneratedRegex("Connection\\s*=\\s*\"([A-Za-z]+)\"")]
    private static partial Regex ConnectionName();

    [GeneratedRegex(@"^\s+([A-Za-z_][A-Za-z0-9_]*)\s*:", RegexOptions.Multiline)]
    private static partial Regex BicepEntry();

    [GeneratedRegex(@"^\|\s*`([A-Za-z_][A-Za-z0-9_]*)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex DocRow();
}
