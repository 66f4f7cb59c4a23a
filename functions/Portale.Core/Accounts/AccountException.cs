namespace Portale.Core.Accounts;

/// <summary>A refusal the user must see: HTTP-like status, stable code, Italian title, optional field errors.</summary>
public sealed class AccountException(
    int status,
    string code,
    string title,
    IReadOnlyDictionary<string, string[]>? errors = null,
    IReadOnlyDictionary<string, object?>? extensions = null) : Exception(title)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;
    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;
    public TimeSpan? RetryAfter { get; init; }

    public static AccountException Field(int status, string code, string title, string field, params string[] messages) =>
        new(status, code, title, new Dictionary<string, string[]> { [field] = messages });
}
