namespace Portale.Core.Refusals;

/// <summary>Collects per-field Italian messages, then refuses them all at once.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }
        list.Add(message);
    }

    public void ThrowIfAny(
        string code = RefusalException.ValidationFailed, string title = RefusalException.ValidationTitle)
    {
        if (!IsEmpty)
        {
            throw RefusalException.Invalid(code, title, errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
