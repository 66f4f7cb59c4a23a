using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portale.Functions.Problems;

/// <summary>
/// The one JSON configuration: request bodies, answers (MVC's <c>ObjectResult</c>s, configured by
/// <see cref="Hosting.JsonRegistration"/>) and problems are read and written alike — camelCase names,
/// case-insensitive reading, enums as kebab-case strings, nulls written as null.
/// </summary>
public static class PortaleJson
{
    public static JsonSerializerOptions Options { get; } = Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Gives options made elsewhere (by MVC, by minimal APIs) the portal's settings.</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.PropertyNameCaseInsensitive = true;
        options.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }
}
