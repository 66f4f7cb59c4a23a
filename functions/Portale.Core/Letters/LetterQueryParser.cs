namespace Portale.Core.Letters;

/// <summary>
/// Turns the query string of a section list into a <see cref="LetterQuery"/>, or refuses it in Italian.
/// </summary>
public static class LetterQueryParser
{
    public const int MaxTextLength = 200;
    public const string QueryInvalid = "query-invalid";
    public const string QueryInvalidTitle = "Parametri di ricerca non validi.";

    public static LetterQuery Parse(
        string? section, string? serviceType, string? recipient, string? q, string? sort, string? pageSize,
        string? cursor)
    {
        var errors = new ValidationErrors();
        if (!SectionNames.TryParse(section, out var parsedSection))
        {
            errors.Add("section", "Sezione non valida: valori ammessi new, to-work, cc, archive.");
        }
        var type = ParseServiceType(serviceType, errors);
        Recipient? parsedRecipient = recipient?.ToUpperInvariant() switch
        {
            null or "" => null,
            "TO" => Recipient.To,
            "CC" => Recipient.Cc,
            _ => Invalid(errors, "recipient", "Destinatario principale non valido: valori ammessi TO, CC."),
        };
        var text = ParseText(q, errors);
        var parsedSort = ParseSort(sort, errors, LetterSortFields.Names);
        errors.ThrowIfAny(QueryInvalid, QueryInvalidTitle);
        var filter = new LetterFilter(type, parsedRecipient, text);
        var query = new LetterQuery(parsedSection, filter, parsedSort!, PageRequestParser.ParseSize(pageSize), null);
        return query with { Cursor = PageRequestParser.ParseCursor(cursor, query.Fingerprint, keyed: query.IsIndexed) };
    }

    /// <summary>Tipo servizio: empty for every type, else one of <see cref="ServiceTypes.Codes"/>.</summary>
    public static ServiceType? ParseServiceType(string? serviceType, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(serviceType))
        {
            return null;
        }
        if (ServiceTypes.TryParse(serviceType, out var type))
        {
            return type;
        }
        errors.Add("serviceType", $"Tipo servizio non valido: valori ammessi {ServiceTypes.Codes}.");
        return null;
    }

    /// <summary>"Cerca:" trimmed, null when empty, at most <see cref="MaxTextLength"/> characters.</summary>
    public static string? ParseText(string? q, ValidationErrors errors)
    {
        var text = q?.Trim();
        if (text is { Length: > MaxTextLength })
        {
            errors.Add("q", $"Il testo da cercare non può superare {MaxTextLength} caratteri.");
        }
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary><c>field:asc|desc</c> with a field among <paramref name="fields"/>; absent, newest first.</summary>
    public static LetterSort? ParseSort(string? sort, ValidationErrors errors, IReadOnlyCollection<string> fields)
    {
        if (string.IsNullOrEmpty(sort))
        {
            return LetterSort.Default;
        }
        var parts = sort.Split(':');
        var direction = parts.Length == 2 ? parts[1].ToLowerInvariant() : "asc";
        if (parts.Length > 2 || !fields.Contains(parts[0]) || direction is not ("asc" or "desc"))
        {
            errors.Add("sort", "Ordinamento non valido: usare campo:asc o campo:desc con un campo tra " +
                $"{string.Join(", ", fields)}.");
            return null;
        }
        return new LetterSort(parts[0], direction == "desc");
    }

    private static Recipient? Invalid(ValidationErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }
}
