namespace Portale.Core.Refusals;

/// <summary>A request the rules refuse: a stable code, an Italian message for people, per-field errors.</summary>
public sealed class RefusalException(RefusalKind kind, string code, string message, IReadOnlyDictionary<string, string[]>? errors = null)
    : Exception(message)
{
    public RefusalKind Kind { get; } = kind;
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;

    public static RefusalException Invalid(string code, string message, IReadOnlyDictionary<string, string[]>? errors = null) =>
        new(RefusalKind.Invalid, code, message, errors);

    public static RefusalException Field(string code, string field, string message) =>
        new(RefusalKind.Invalid, code, message, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The same wording as the enablement check, so a miss never hints at what exists elsewhere.</summary>
    public static RefusalException NotFound() => new(RefusalKind.NotFound, "not-found", "La risorsa richiesta non esiste.");

    public static RefusalException Conflict(string code, string message) => new(RefusalKind.Conflict, code, message);
}
