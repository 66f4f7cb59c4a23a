namespace Portale.Core.Reminders;

/// <summary>
/// The query string of "Nuovi solleciti ricevuti", checked as the letter lists' (<see cref="LetterQueryParser"/>).
/// </summary>
public static class ReminderQueryParser
{
    public static ReminderQuery Parse(string? serviceType, string? q, string? sort, string? pageSize, string? cursor)
    {
        var errors = new ValidationErrors();
        var type = LetterQueryParser.ParseServiceType(serviceType, errors);
        var text = LetterQueryParser.ParseText(q, errors);
        var parsedSort = LetterQueryParser.ParseSort(sort, errors, ReminderSortFields.Names);
        errors.ThrowIfAny(LetterQueryParser.QueryInvalid, LetterQueryParser.QueryInvalidTitle);
        var query = new ReminderQuery(
            new LetterFilter(type, null, text), parsedSort!, PageRequestParser.ParseSize(pageSize), null);
        return query with { Cursor = PageRequestParser.ParseCursor(cursor, query.Fingerprint, keyed: query.IsIndexed) };
    }
}
