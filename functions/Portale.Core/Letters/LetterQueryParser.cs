namespace Portale.Core.Letters;

/// <summary>
/// Turns the query string of a section list into a <see cref="LetterQuery"/>, or refuses it in Italian.
/// </summary>
public static class LetterQueryParser
{
    public const int MaxTextLength = 200;

    public static LetterQuery Parse(
        string? section, string? serviceType, string? recipient, string? q, string? sort, string? pageSize,
        string? cursor)
    {
        var errors = new ValidationErrors();
        if (!SectionNames.TryParse(section, out var parsedSection))
        {
            errors.Add("section", "Sezione non valida: valori ammessi new, to-work, cc, archive.");
        }
        ServiceType? type = null;
        if (!string.IsNullOrEmpty(serviceType))
        {
            if (ServiceTypes.TryParse(serviceType, out var t)) { type = t; }
            else { errors.Add("serviceType", $"Tipo servizio non valido: valori ammessi {ServiceTypes.Codes}."); }
        }
        Recipient? parsedRecipient = recipient?.ToUpperInvariant() switch
        {
            null or "" => null,
            "TO" => Recipient.To,
            "CC" => Recipient.Cc,
            _ => Invalid(errors, "recipient", "Destinatario principale non valido: valori ammessi TO, CC."),
        };
        var text = q?.Trim();
        if (text is { Length: > MaxTextLength })
        {
            errors.Add("q", $"Il testo da cercare non può superare {MaxTextLength} caratteri.");
        }
        var parsedSort = ParseSort(sort, errors);
        errors.ThrowIfAny("query-invalid", "Parametri di ricerca non validi.");
        var filter = new LetterFilter(type, parsedRecipient, string.IsNullOrEmpty(text) ? null : text);
        var query = new LetterQuery(parsedSection, filter, parsedSort!, PageRequestParser.ParseSize(pageSize), null);
        return query with { Cursor = PageRequestParser.ParseCursor(cursor, query.Fingerprint, keyed: query.IsIndexed) };
    }

    private static LetterSort? ParseSort(string? sort, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(sort))
        {
            return LetterSort.Default;
        }
        var parts = sort.Split(':');
        var direction = parts.Length == 2 ? parts[1].ToLowerInvariant() : "asc";
        if (parts.Length > 2 || !LetterSortFields.IsKnown(parts[0]) || direction is not ("asc" or "desc"))
        {
            errors.Add("sort", "Ordinamento non valido: usare campo:asc o campo:desc con un campo tra " +
                $"{string.Join(", ", LetterSortFields.Names)}.");
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
