using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portale.IntegrationTests.Infrastructure.OpenApi;

/// <summary>One operation of openapi.json: its method, path template and description.</summary>
public sealed partial record OpenApiOperation(string Method, string Template, JsonObject Node)
{
    private readonly Regex pattern = new(
        "^" + Parameter().Replace(Regex.Escape(Template).Replace(@"\{", "{"), "[^/]+") + "$",
        RegexOptions.CultureInvariant);

    public string Key => $"{Method.ToUpperInvariant()} {Template}";

    public string? OperationId => Node["operationId"]?.GetValue<string>();

    /// <summary>Fewer parameters first, so <c>/letters/search</c> wins over <c>/letters/{name}</c>.</summary>
    public int Parameters => Parameter().Count(Template);

    public IReadOnlyList<string> DocumentedStatuses =>
        [.. (Node["responses"] as JsonObject ?? []).Select(r => r.Key).Order(StringComparer.Ordinal)];

    public bool Matches(string method, string path) =>
        string.Equals(method, Method, StringComparison.OrdinalIgnoreCase) && pattern.IsMatch(path);

    public override string ToString() => OperationId is { } id ? $"{Key} ({id})" : Key;

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex Parameter();
}
