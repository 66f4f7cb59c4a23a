using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Portale.Functions.Problems;

/// <summary>Reads a JSON body, refusing anything that is not JSON of the expected shape with an Italian 400.</summary>
public static class RequestJson
{
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, PortaleJson.Options, cancellationToken) ?? throw Invalid();
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

    private static ProblemException Invalid() =>
        new(400, "body-invalid", "Il corpo della richiesta non è un JSON valido o non ha la forma attesa.");
}
