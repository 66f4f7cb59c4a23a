using System.Text.Json;

namespace Portale.Functions.Problems;

/// <summary>
/// The one reader of JSON request bodies: anything that is not JSON of the expected shape is refused
/// with 400 <c>body-invalid</c>, before any rule is checked.
/// </summary>
public static class RequestJson
{
    public const string BodyInvalid = "body-invalid";
    public const string BodyInvalidTitle = "Il corpo della richiesta non è un JSON valido o non ha la forma attesa.";

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, PortaleJson.Options, cancellationToken)
                ?? throw Invalid();
        }
        catch (JsonException)
        {
            throw Invalid();
        }
    }

    public static T? Parse<T>(string json) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, PortaleJson.Options);
        }
        catch (JsonException)
        {
            throw Invalid();
        }
    }

    private static RefusalException Invalid() => RefusalException.BadRequest(BodyInvalid, BodyInvalidTitle);
}
