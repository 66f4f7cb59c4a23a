namespace Portale.Core.Letters.Search;

/// <summary>
/// Turns the query string of "Ricerca lettere" into a <see cref="LetterSearchQuery"/>, or refuses it in Italian.
/// </summary>
public static class LetterSearchParser
{
    public const int MaxTextLength = 200;

    /// <summary>The text filters: query parameter and the manual's label (6.8), in the manual's order.</summary>
    public static readonly IReadOnlyList<(string Parameter, string Label)> TextFilters =
    [
        ("letter", "Lettera"),
        ("answer", "Risposta"),
        ("caseId", "ID Caso"),
        ("customerName", "Denominazione Cliente"),
        ("supplyAddress", "Indirizzo Fornitura"),
        ("utility", "Utenza"),
        ("topic", "Argomento"),
        ("subTopic", "Sub Argomento"),
        ("note", "Nota"),
        ("completeness", "Completezza Risposta"),
        ("practiceType", "Tipo Pratica"),
    ];

    /// <param name="value">The raw value of a query parameter by name (null or empty when absent).</param>
    public static LetterSearchQuery Parse(Func<string, string?> value)
    {
        var errors = new ValidationErrors();
        var patterns = new Dictionary<string, LetterPattern?>(StringComparer.Ordinal);
        foreach (var (parameter, label) in TextFilters)
        {
            var text = value(parameter)?.Trim();
            if (text is { Length: > MaxTextLength })
            {
                errors.Add(parameter, $"{label}: il testo da cercare non può superare {MaxTextLength} caratteri.");
                text = null;
            }
            patterns[parameter] = string.IsNullOrEmpty(text) ? null : new LetterPattern(text);
        }
        Recipient? recipient = value("recipient")?.Trim().ToUpperInvariant() switch
        {
            null or "" => null,
            "TO" => Recipient.To,
            "CC" => Recipient.Cc,
            _ => Invalid(errors, "recipient", "Destinatario Principale non valido: valori ammessi TO (SI), CC (NO)."),
        };
        var (from, to) = QueryValues.Dates(value, "publishedFrom", "publishedTo", "Pubblicazione", errors);
        var sort = LetterQueryParser.ParseSort(value("sort"), errors, LetterSortFields.Names);
        errors.ThrowIfAny("search-invalid", "Parametri di ricerca non validi: correggere i campi indicati.");

        var criteria = new LetterSearchCriteria(
            patterns["letter"], patterns["answer"], recipient, patterns["caseId"], patterns["customerName"],
            patterns["supplyAddress"], patterns["utility"], patterns["topic"], patterns["subTopic"], patterns["note"],
            from, to, patterns["completeness"], patterns["practiceType"]);
        if (criteria.IsEmpty)
        {
            throw RefusalException.Invalid("search-empty", "Indicare almeno un filtro di ricerca.");
        }
        var query = new LetterSearchQuery(criteria, PageRequestParser.ParseSize(value("pageSize")), Sort: sort);
        var cursor = PageRequestParser.ParseCursor(value("cursor"), query.Fingerprint, keyed: query.Order.IsDefault);
        return cursor is null ? query : query with { After = cursor.After, Before = cursor.Offset };
    }

    private static Recipient? Invalid(ValidationErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }
}
