using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Portale.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// functions/Portale.Functions/openapi.json as a contract: finds the operation of a request (method and
/// path template) and says where a response does not match what the document describes for its status.
/// </summary>
public sealed class OpenApiContract
{
    private const string ProblemSchema = "#/components/schemas/Problem";

    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    private readonly JsonObject document;
    private readonly ConcurrentDictionary<string, JsonSchema> schemas = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<int, byte>> exercised = new();

    public OpenApiContract(JsonObject document)
    {
        this.document = document;
        BasePath = document["servers"]?[0]?["url"]?.GetValue<string>().TrimEnd('/') ?? string.Empty;
        Operations = [.. (document["paths"] as JsonObject ?? [])
            .SelectMany(path => path.Value!.AsObject()
                .Where(item => item.Value is JsonObject && item.Key != "parameters")
                .Select(item => new OpenApiOperation(item.Key, path.Key, item.Value!.AsObject())))];
    }

    /// <summary>The document kept beside the functions, as the app serves it.</summary>
    public static OpenApiContract Repository { get; } = new(JsonNode.Parse(File.ReadAllText(
        Path.Combine(RepositoryRoot.Path, "functions", "Portale.Functions", "openapi.json")))!.AsObject());

    /// <summary>The prefix of every path (the first server's URL), e.g. <c>/api</c>.</summary>
    public string BasePath { get; }

    public IReadOnlyList<OpenApiOperation> Operations { get; }

    /// <summary>Each operation with the statuses of the responses that matched it so far.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<int>> Exercised =>
        exercised.ToDictionary(e => e.Key, e => (IReadOnlyCollection<int>)[.. e.Value.Keys.Order()]);

    /// <summary>The operation for a request path below <see cref="BasePath"/>, or null when none is documented.</summary>
    public OpenApiOperation? Find(string method, string path) =>
        Operations.Where(o => o.Matches(method, path)).OrderBy(o => o.Parameters).FirstOrDefault();

    /// <summary>
    /// What does not match: an empty list when the response is the one <paramref name="operation"/> documents
    /// for <paramref name="status"/>. Without an operation, only a problem answering 404 is expected.
    /// </summary>
    public IReadOnlyList<string> Check(OpenApiOperation? operation, int status, string? mediaType, string body)
    {
        var mismatches = operation is null
            ? CheckUndocumented(status, mediaType, body)
            : CheckDocumented(operation, status, mediaType, body);
        if (operation is not null && mismatches.Count == 0)
        {
            exercised.GetOrAdd(operation.Key, _ => new()).TryAdd(status, 0);
        }
        return mismatches;
    }

    private List<string> CheckUndocumented(int status, string? mediaType, string body)
    {
        if (status != 404)
        {
            return [$"no operation of openapi.json has this method and path, and it answered {status} " +
                "(only a 404 problem is expected)"];
        }
        return IsJson(mediaType)
            ? Validate("undocumented 404", new JsonObject { ["$ref"] = ProblemSchema }, body)
            : [$"answered 404 as {mediaType ?? "no content"}, not as a problem"];
    }

    private List<string> CheckDocumented(OpenApiOperation operation, int status, string? mediaType, string body)
    {
        var responses = operation.Node["responses"] as JsonObject ?? [];
        var response = Resolve(responses[status.ToString(CultureInfo.InvariantCulture)]
            ?? responses[$"{status / 100}XX"] ?? responses["default"]);
        if (response is null)
        {
            return [$"status {status} is not documented (documented: {string.Join(", ", responses.Select(r => r.Key))})"];
        }
        var content = response["content"] as JsonObject ?? [];
        if (content.Count == 0)
        {
            return body.Length == 0 ? [] : [$"answered a body ({mediaType}) where openapi.json documents none for {status}"];
        }
        if (mediaType is null || content[mediaType] is not JsonObject media)
        {
            var documented = string.Join(", ", content.Select(c => c.Key));
            return [$"answered {mediaType ?? "no content"} where openapi.json documents {documented} for {status}"];
        }
        return IsJson(mediaType) && media["schema"] is { } schema
            ? Validate($"{operation.Key} {status} {mediaType}", schema, body)
            : [];
    }

    private List<string> Validate(string key, JsonNode schema, string body)
    {
        JsonElement instance;
        try
        {
            using var parsed = JsonDocument.Parse(body);
            instance = parsed.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return [$"the body is not JSON: {ex.Message}"];
        }
        var compiled = schemas.GetOrAdd(key, _ => Compile(schema));
        var results = compiled.Evaluate(instance, Evaluation);
        if (results.IsValid)
        {
            return [];
        }
        var failures = new[] { results }.Concat(results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{Pointer(d)}: {e.Value} ({e.Key})"))
            .Distinct()
            .ToList();
        return failures.Count == 0 ? ["the body does not match the schema"] : [.. failures.Take(12)];
    }

    private JsonSchema Compile(JsonNode schema)
    {
        var translated = OpenApiSchemaTranslator.Document(schema, document["components"]?["schemas"] as JsonObject);
        return JsonSchema.Build(JsonSerializer.SerializeToElement(translated), new BuildOptions(),
            new Uri($"https://portale.test/openapi/{Guid.NewGuid():N}"));
    }

    private JsonObject? Resolve(JsonNode? node)
    {
        const string prefix = "#/components/responses/";
        return node?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(prefix, StringComparison.Ordinal)
            ? document["components"]?["responses"]?[reference[prefix.Length..]] as JsonObject
            : node as JsonObject;
    }

    private static string Pointer(EvaluationResults result) =>
        result.InstanceLocation.ToString() is { Length: > 0 } pointer ? pointer : "(the whole body)";

    private static bool IsJson(string? mediaType) =>
        mediaType is not null && (mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal));
}
