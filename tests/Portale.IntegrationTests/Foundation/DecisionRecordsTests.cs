using System.Text.RegularExpressions;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Foundation;

/// <summary>docs/decisions/ cites only files of this repository, and every file it cites exists.</summary>
public sealed partial class DecisionRecordsTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "docs", "decisions");

    public static TheoryData<string> Records() => [.. Directory.GetFiles(Folder, "*.md").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_cites_only_existing_files_inside_the_repository(string record)
    {
        var text = File.ReadAllText(Path.Combine(Folder, record));
        var wrong = new List<string>();
        foreach (var path in CodeSpans().Matches(text).Select(m => m.Groups[1].Value).Where(LooksLikePath))
        {
            if (!File.Exists(Path.Combine(RepositoryRoot.Path, path)) && !Directory.Exists(Path.Combine(RepositoryRoot.Path, path)))
            {
                wrong.Add($"`{path}` does not exist");
            }
        }
        foreach (var link in Links().Matches(text).Select(m => m.Groups[1].Value).Where(l => !l.StartsWith("http", StringComparison.Ordinal)))
        {
            var target = Path.GetFullPath(Path.Combine(Folder, link.Split('#')[0]));
            if (!target.StartsWith(RepositoryRoot.Path + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(target))
            {
                wrong.Add($"link {link} leads outside the repository or nowhere");
            }
        }
        // Notes kept beside the repository (the shared engineering notes, a machine's folders) are not part of it.
        wrong.AddRange(OutsideReferences().Matches(text).Select(m => $"{m.Value} is outside the repository"));
        Assert.True(wrong.Count == 0, $"{record}: {string.Join("; ", wrong)}");
    }

    [Fact]
    public void Every_record_has_context_decision_and_reason_and_is_in_the_index()
    {
        var index = File.ReadAllText(Path.Combine(Folder, "README.md"));
        foreach (var record in Directory.GetFiles(Folder, "0*.md").Select(Path.GetFileName))
        {
            var text = File.ReadAllText(Path.Combine(Folder, record!));
            Assert.True(text.Contains("Context", StringComparison.Ordinal) && (text.Contains("Decision", StringComparison.Ordinal)
                || text.Contains("choices", StringComparison.Ordinal)), $"{record}: no context or decision");
            Assert.Contains($"]({record})", index);
        }
    }

    // A repository path: a top-level folder or file of this repository followed by more of the path.
    private static bool LooksLikePath(string span) =>
        span.Contains('/') && !span.Contains(' ') && !span.Contains('{') && !span.StartsWith('/')
        && span.Split('/')[0] is "functions" or "tests" or "scripts" or "infra" or "web" or "docs" or "bench";

    [GeneratedRegex(@"ENGINEERING\.md|\.\./shared|\bshared/|/work/")]
    private static partial Regex OutsideReferences();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpans();

    [GeneratedRegex(@"\]\(([^)]+)\)")]
    private static partial Regex Links();
}
