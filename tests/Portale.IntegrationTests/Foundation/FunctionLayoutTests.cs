using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Portale.Functions.Portal;
using Portale.Functions.Uploads;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Foundation;

/// <summary>
/// The folder scheme of Portale.Functions (docs/conventions.md): a folder per feature holding its HTTP,
/// timer and blob functions, named <c>&lt;Feature&gt;&lt;Action&gt;</c>; beside them only the cross-cutting
/// folders; one type per file, named after it, in the namespace of its folder.
/// </summary>
public sealed partial class FunctionLayoutTests
{
    private static readonly string[] CrossCutting = ["Hosting", "Middleware", "Problems", "Security"];
    private static readonly Assembly Functions = typeof(PortalFunctions).Assembly;

    [Fact]
    public void Every_function_is_named_after_its_feature_folder_and_lives_there()
    {
        var wrong = new List<string>();
        foreach (var method in Functions.GetTypes().SelectMany(t => t.GetMethods()))
        {
            if (method.GetCustomAttribute<FunctionAttribute>() is not { } function)
            {
                continue;
            }
            var feature = FolderOf(method.DeclaringType!);
            if (feature is null || CrossCutting.Contains(feature) || !FunctionName().IsMatch(function.Name)
                || !function.Name.StartsWith(feature, StringComparison.Ordinal) || !char.IsUpper(function.Name[feature.Length]))
            {
                wrong.Add($"{function.Name} in {method.DeclaringType!.FullName}");
            }
        }
        Assert.True(wrong.Count == 0, "Functions not named <Feature><Action> after their folder: " + string.Join("; ", wrong));
    }

    [Fact]
    public void Every_source_file_sits_in_a_feature_or_cross_cutting_folder_and_holds_one_type_named_after_it()
    {
        var project = Path.Combine(RepositoryRoot.Path, "functions", "Portale.Functions");
        var features = Functions.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .Select(FolderOf).OfType<string>().ToHashSet();
        var wrong = new List<string>();
        foreach (var file in SourceFiles(project))
        {
            var relative = Path.GetRelativePath(project, file).Replace('\\', '/');
            var folder = relative.Contains('/') ? relative[..relative.IndexOf('/')] : null;
            if (relative == "Program.cs")
            {
                continue;
            }
            if (folder is null || relative.Count(c => c == '/') > 1 || !(features.Contains(folder) || CrossCutting.Contains(folder)))
            {
                wrong.Add($"{relative}: not in a feature or cross-cutting folder");
                continue;
            }
            wrong.AddRange(TypeProblems(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file), $"Portale.Functions.{folder}")
                .Select(p => $"{relative}: {p}"));
        }
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void Every_local_host_file_holds_one_type_named_after_it()
    {
        var project = Path.Combine(RepositoryRoot.Path, "functions", "Portale.LocalHost");
        var wrong = SourceFiles(project)
            .Where(f => Path.GetFileName(f) != "Program.cs")
            .SelectMany(f => TypeProblems(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f), null)
                .Select(p => $"{Path.GetRelativePath(project, f)}: {p}"))
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void The_blob_function_named_by_the_deployment_is_the_upload_processing()
    {
        var bicep = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "main.bicep"));
        var named = BlobFunctionOutput().Match(bicep);
        Assert.True(named.Success, "infra/main.bicep has no PORTALE_BLOB_TRIGGER_FUNCTION output.");
        Assert.Equal(UploadFunctions.ProcessIncoming, named.Groups[1].Value);
    }

    private static string? FolderOf(Type type) =>
        type.Namespace is { } ns && ns.StartsWith("Portale.Functions.", StringComparison.Ordinal) && !ns[18..].Contains('.')
            ? ns[18..]
            : null;

    private static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    private static IEnumerable<string> TypeProblems(string source, string fileName, string? expectedNamespace)
    {
        var types = TopLevelType().Matches(source).Select(m => m.Groups[1].Value).ToList();
        if (types.Count != 1 || types[0] != fileName)
        {
            yield return $"declares [{string.Join(", ", types)}], expected one type named {fileName}";
        }
        if (expectedNamespace is not null && !source.Contains($"namespace {expectedNamespace};", StringComparison.Ordinal))
        {
            yield return $"namespace is not {expectedNamespace}";
        }
    }

    [GeneratedRegex("^[A-Z][a-z]+(?:[A-Z][a-z]+)*[A-Z][A-Za-z]*$")]
    private static partial Regex FunctionName();

    // File-scoped namespaces: a top-level type starts at the beginning of its line, a nested one is indented.
    [GeneratedRegex(@"^(?:(?:public|internal|sealed|static|abstract|partial|readonly)\s+)*(?:class|record(?:\s+struct)?|struct|interface|enum)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"output\s+PORTALE_BLOB_TRIGGER_FUNCTION\s+string\s*=\s*'([^']+)'")]
    private static partial Regex BlobFunctionOutput();
}
