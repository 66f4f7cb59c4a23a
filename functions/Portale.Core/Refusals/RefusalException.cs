namespace Portale.Core.Refusals;

/// <summary>
/// A request the rules refuse: its <see cref="Kind"/>, a stable <see cref="Code"/> for programs, an
/// Italian <see cref="Title"/> for people, optional per-field <see cref="Errors"/>, optional extra
/// members (<see cref="Extensions"/>) and, for limits and closures, <see cref="RetryAfter"/>.
/// </summary>
public sealed class RefusalException(
    RefusalKind kind,
    string code,
    string title,
    IReadOnlyDictionary<string, string[]>? errors = null,
    IReadOnlyDictionary<string, object?>? extensions = null) : Exception(title)
{
    /// <summary>The code of a refusal that lists what is wrong field by field.</summary>
    public const string ValidationFailed = "validation-failed";

    public const string ValidationTitle = "I dati inviati non sono validi: correggere i campi indicati.";

    public const string NotFoundTitle = "La risorsa richiesta non esiste.";

    public const string NoSession = "Sessione non valida o scaduta: accedere di nuovo al portale.";

    public RefusalKind Kind { get; } = kind;
    public string Code { get; } = code;
    public string Title => Message;
    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;
    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;
    public TimeSpan? RetryAfter { get; init; }

    public static RefusalException Invalid(
        string code, string message, IReadOnlyDictionary<string, string[]>? errors = null) =>
        new(RefusalKind.Validation, code, message, errors);

    /// <summary>A validation refusal of one field, whose message is also the title.</summary>
    public static RefusalException Field(string code, string field, string message) =>
        new(RefusalKind.Validation, code, message, FieldErrors(field, message));

    /// <summary>The same wording as the enablement check, so a miss never hints at what exists elsewhere.</summary>
    public static RefusalException NotFound() => new(RefusalKind.NotFound, "not-found", NotFoundTitle);

    public static RefusalException NotFound(string code, string message) => new(RefusalKind.NotFound, code, message);

    public static RefusalException Conflict(string code, string message) => new(RefusalKind.Conflict, code, message);

    public static RefusalException BadRequest(string code, string message) =>
        new(RefusalKind.BadRequest, code, message);

    public static RefusalException Unauthenticated(string code = "unauthenticated", string message = NoSession) =>
        new(RefusalKind.Unauthenticated, code, message);

    public static RefusalException Forbidden(string code, string message) => new(RefusalKind.Forbidden, code, message);

    public static RefusalException TooManyRequests(string code, string message, TimeSpan? retryAfter = null) =>
        new(RefusalKind.TooManyRequests, code, message) { RetryAfter = retryAfter };

    public static IReadOnlyDictionary<string, string[]> FieldErrors(string field, params string[] messages) =>
        new Dictionary<string, string[]> { [field] = messages };
}
