using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portale.Functions.Problems;

namespace Portale.Functions.Http;

public static class JsonBody
{
    /// <summary>The request's JSON body, or a 400 problem when it is missing or malformed.</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(PortaleJson.Options, cancellationToken)
                ?? throw Invalid();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw Invalid();
        }
    }

    private static ProblemException Invalid() =>
        new(400, "invalid-body", "Richiesta non valida: il corpo deve essere un oggetto JSON con i campi previsti.");
}
