namespace Portale.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// When the Azurite collection (every test that talks HTTP to a local host) ends, writes which documented
/// operations were exercised by a validated response, with their statuses, and which were not, to
/// <c>.test-results/openapi-coverage.&lt;test assembly&gt;.txt</c> (the test command prints the integration
/// tests' summary; the browser tests, which share these fixtures, write their own file).
/// </summary>
public sealed class OpenApiCoverageReport : IDisposable
{
    public static string FilePath { get; } = Path.Combine(RepositoryRoot.Path, ".test-results",
        $"openapi-coverage.{typeof(OpenApiCoverageReport).Assembly.GetName().Name}.txt");

    public void Dispose()
    {
        var contract = OpenApiContract.Repository;
        var exercised = contract.Exercised;
        var missing = contract.Operations.Where(o => !exercised.ContainsKey(o.Key)).ToList();
        var lines = new List<string>
        {
            $"OpenAPI: {contract.Operations.Count - missing.Count} of {contract.Operations.Count} documented operations " +
            "exercised by a response that matched the document.",
        };
        if (missing.Count > 0)
        {
            lines.Add("Not exercised:");
            lines.AddRange(missing.Select(o => $"  {o}"));
        }
        lines.Add("Exercised (statuses seen / documented):");
        lines.AddRange(contract.Operations.Where(o => exercised.ContainsKey(o.Key)).Select(o =>
            $"  {o}: {string.Join(", ", exercised[o.Key])} / {string.Join(", ", o.DocumentedStatuses)}"));
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        File.WriteAllLines(FilePath, lines);
    }
}
