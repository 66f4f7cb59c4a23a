using System.Text.Json.Nodes;

namespace Portale.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// Turns an OpenAPI 3.0 schema into a JSON Schema (draft 2020-12): <c>nullable</c> becomes a null
/// type (or an <c>anyOf</c> with null), <c>#/components/schemas/X</c> references point at <c>$defs/X</c>,
/// OpenAPI-only keywords are dropped. An object schema that lists its properties and says nothing of
/// <c>additionalProperties</c> is closed, so a property the document does not describe is a mismatch.
/// </summary>
public static class OpenApiSchemaTranslator
{
    private const string ComponentPrefix = "#/components/schemas/";
    private static readonly HashSet<string> CheckedFormats = ["date", "date-time"];

    private static readonly HashSet<string> Copied =
    [
        "type", "enum", "required", "minimum", "maximum", "minLength", "maxLength", "pattern", "minItems",
        "maxItems", "uniqueItems", "multipleOf", "minProperties", "maxProperties",
    ];

    /// <summary>A schema document for <paramref name="schema"/>, with every component schema in <c>$defs</c>.</summary>
    public static JsonObject Document(JsonNode? schema, JsonObject? components)
    {
        var root = Translate(schema);
        var defs = new JsonObject();
        foreach (var (name, component) in components ?? [])
        {
            defs[name] = Translate(component);
        }
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = defs;
        return root;
    }

    public static JsonObject Translate(JsonNode? schema)
    {
        if (schema is not JsonObject source)
        {
            return [];
        }
        if (source["$ref"] is { } reference)
        {
            var target = reference.GetValue<string>();
            return target.StartsWith(ComponentPrefix, StringComparison.Ordinal)
                ? new JsonObject { ["$ref"] = "#/$defs/" + target[ComponentPrefix.Length..] }
                : throw new NotSupportedException($"Only references to #/components/schemas are supported, not {target}.");
        }
        var translated = new JsonObject();
        foreach (var (key, value) in source)
        {
            switch (key)
            {
                case "properties":
                    var properties = new JsonObject();
                    foreach (var (name, property) in value!.AsObject())
                    {
                        properties[name] = Translate(property);
                    }
                    translated[key] = properties;
                    break;
                case "items" or "not":
                    translated[key] = Translate(value);
                    break;
                case "additionalProperties":
                    translated[key] = value is JsonObject ? Translate(value) : value?.DeepClone();
                    break;
                case "allOf" or "anyOf" or "oneOf":
                    translated[key] = new JsonArray([.. value!.AsArray().Select(JsonNode? (s) => Translate(s))]);
                    break;
                case "format" when CheckedFormats.Contains(value!.GetValue<string>()):
                    translated[key] = value.DeepClone();
                    break;
                case "exclusiveMinimum" or "exclusiveMaximum":
                    // OpenAPI 3.0: a flag on minimum/maximum; JSON Schema: the bound itself.
                    var bound = key == "exclusiveMinimum" ? "minimum" : "maximum";
                    if (value!.GetValue<bool>() && source[bound] is { } limit)
                    {
                        translated[key] = limit.DeepClone();
                    }
                    break;
                case var copied when Copied.Contains(copied):
                    translated[key] = value?.DeepClone();
                    break;
            }
        }
        if (translated["exclusiveMinimum"] is not null)
        {
            translated.Remove("minimum");
        }
        if (translated["exclusiveMaximum"] is not null)
        {
            translated.Remove("maximum");
        }
        if (source["properties"] is not null && source["additionalProperties"] is null)
        {
            translated["additionalProperties"] = false;
        }
        return source["nullable"]?.GetValue<bool>() == true ? Nullable(translated) : translated;
    }

    private static JsonObject Nullable(JsonObject schema)
    {
        if (schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            (schema["enum"] as JsonArray)?.Add(null);
            return schema;
        }
        return new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, schema) };
    }
}
