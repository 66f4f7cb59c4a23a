using System.Reflection;

namespace Portale.Functions.Security;

/// <summary>
/// The one place that decides how large a request body an HTTP function accepts (both hosts run
/// <see cref="Middleware.RequestBodyLimitMiddleware"/>, which applies it): a function's
/// <see cref="RequestBodyLimitAttribute"/> for the routes that take files, else a small default.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>
    /// JSON bodies, anonymous ones included (each sign-in costs a PBKDF2, the parser must not read megabytes
    /// first): 64 KB, above the largest (a download of 1,000 letter names, about 20 KB).
    /// </summary>
    public const long DefaultBytes = 64 * 1024;

    /// <summary>
    /// What a multipart form may add to its file: boundaries, part headers and the other fields (each at
    /// most 64 KB when the upload reads them).
    /// </summary>
    public const long FormEnvelopeBytes = 1024 * 1024;

    public const string FileTooLargeCode = "file-too-large";
    public const string BodyTooLargeCode = "body-too-large";

    public const string BodyTooLarge =
        "Il corpo della richiesta supera la dimensione massima consentita e non è stato letto.";

    /// <summary>The limit of <paramref name="definition"/>'s requests, and the file it is sized for (null: none).</summary>
    public static RequestBodyLimit For(FunctionDefinition definition) =>
        FunctionMethods.Of(definition)?.GetCustomAttribute<RequestBodyLimitAttribute>() is { } file
            ? new RequestBodyLimit(file.FileBytes + FormEnvelopeBytes, file.FileBytes)
            : new RequestBodyLimit(DefaultBytes, null);

    /// <summary>The refusal of a request over <paramref name="limit"/>, before its body is read (or as it is).</summary>
    public static RefusalException TooLarge(RequestBodyLimit limit) =>
        limit.FileBytes is { } file
            ? new RefusalException(RefusalKind.PayloadTooLarge, FileTooLargeCode, UploadMessages.RequestTooLarge(file))
            : new RefusalException(RefusalKind.PayloadTooLarge, BodyTooLargeCode, BodyTooLarge);
}
