using System.Text.Json;

namespace Portale.Functions.Problems;

/// <summary>
/// The one reader of JSON request bodies: anything that is not JSON of the expected shape is refused
/// with 400 <c>body-invalid</c>, and a body over <see cref="MaxBodyBytes"/> with 413 <c>body-too-large</c>,
/// before any rule is checked. The cap holds whether the length is declared or the body is chunked, so
/// an anonymous caller cannot make the parser read megabytes (the host itself would allow 100 MB).
/// </summary>
public static class RequestJson
{
    public const string BodyInvalid = "body-invalid";
    public const string BodyInvalidTitle = "Il corpo della richiesta non è un JSON valido o non ha la forma attesa.";
    public const string BodyTooLarge = "body-too-large";
    public const string BodyTooLargeTitle = "Il corpo della richiesta supera la dimensione massima di 64 KB.";

    /// <summary>Every JSON body of the API is a small form: 64 KB is far above the largest.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw TooLarge();
        }
        await using var body = new SizeLimitedStream(request.Body, MaxBodyBytes, leaveOpen: true);
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(body, PortaleJson.Options, cancellationToken)
                ?? throw Invalid();
        }
        catch (JsonException)
        {
            throw Invalid();
        }
        catch (UploadTooLargeException)
        {
            throw TooLarge();
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

    private static RefusalException TooLarge() => new(RefusalKind.PayloadTooLarge, BodyTooLarge, BodyTooLargeTitle);
}
