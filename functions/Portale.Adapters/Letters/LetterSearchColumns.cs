namespace Portale.Adapters.Letters;

/// <summary>
/// The text filters of "Ricerca lettere" and the column each is compared with in storage: the
/// <see cref="LetterPattern.Normalize">normalised</see> copy of the letter's value, written on every row of the
/// letter (<see cref="Write"/>), so that exact and prefix matches are column comparisons Table Storage can
/// evaluate (it compares strings by code unit, case-sensitively). The name needs no copy: it is always stored
/// in its canonical upper-case form.
/// </summary>
public static class LetterSearchColumns
{
    public static IReadOnlyList<LetterSearchColumn> All { get; } =
    [
        new("Name", c => c.Letter, l => l.Name),
        new("AnswerNameUpper", c => c.Answer, l => l.Answer?.Name),
        new("CaseIdUpper", c => c.CaseId, l => l.Fields.CaseId),
        new("CustomerNameUpper", c => c.CustomerName, l => l.Fields.CustomerName),
        new("SupplyAddressUpper", c => c.SupplyAddress, l => l.Fields.SupplyAddress),
        new("UtilityUpper", c => c.Utility, l => l.Fields.Utility),
        new("TopicUpper", c => c.Topic, l => l.Fields.Topic),
        new("SubTopicUpper", c => c.SubTopic, l => l.Fields.SubTopic),
        new("NoteUpper", c => c.Note, l => l.Note),
        new("CompletenessUpper", c => c.Completeness, l => l.Answer?.Completeness),
        new("PracticeTypeUpper", c => c.PracticeType, l => l.Fields.PracticeType),
    ];

    public static void Write(TableEntity e, Letter l)
    {
        foreach (var column in All.Where(c => c.Name != "Name"))
        {
            e[column.Name] = column.Value(l) is { Length: > 0 } value ? LetterPattern.Normalize(value) : null;
        }
    }
}
