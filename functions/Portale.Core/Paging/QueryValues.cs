namespace Portale.Core.Paging;

/// <summary>
/// Query-string values every list reads the same way: trimmed, empty meaning absent, a bad value added to
/// the request's <see cref="ValidationErrors"/> under its parameter, in Italian.
/// </summary>
public static class QueryValues
{
    public const int MaxTextLength = 200;

    /// <summary>A day written <c>yyyy-mm-dd</c>, or null (absent, or refused into <paramref name="errors"/>).</summary>
    public static DateOnly? Date(string? text, string field, string label, ValidationErrors errors)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(field, $"{label}: data non valida (formato aaaa-mm-gg).");
        return null;
    }

    /// <summary>A day range whose end, when both are given, is not before its start.</summary>
    public static (DateOnly? From, DateOnly? To) Dates(
        Func<string, string?> value, string fromField, string toField, string label, ValidationErrors errors)
    {
        var from = Date(value(fromField), fromField, $"{label} dal", errors);
        var to = Date(value(toField), toField, $"{label} al", errors);
        if (from is { } f && to is { } t && f > t)
        {
            errors.Add(toField, $"{label} al non può essere precedente a {label} dal.");
        }
        return (from, to);
    }

    /// <summary>One of <paramref name="allowed"/> (ignoring case), or null (absent, or refused).</summary>
    public static string? OneOf(
        string? text, string field, string label, IReadOnlyCollection<string> allowed, ValidationErrors errors)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)) is { } found)
        {
            return found;
        }
        errors.Add(field, $"{label} non valido: valori ammessi {string.Join(", ", allowed)}.");
        return null;
    }

    /// <summary>A text of at most <see cref="MaxTextLength"/> characters, or null (absent, or refused).</summary>
    public static string? Text(string? text, string field, string label, ValidationErrors errors)
    {
        text = text?.Trim();
        if (text is { Length: > MaxTextLength })
        {
            errors.Add(field, $"{label}: il testo non può superare {MaxTextLength} caratteri.");
            return null;
        }
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
