namespace Portale.Core.Letters;

/// <summary>The columns the free-text "Cerca" looks into.</summary>
public static class LetterText
{
    public static IEnumerable<string> Of(Letter l)
    {
        yield return l.Name;
        yield return l.Fields.CaseId;
        yield return l.Fields.PracticeType;
        yield return l.Fields.Utility;
        yield return ServiceTypes.LabelOf(l.Fields.ServiceType);
        yield return l.Fields.Topic;
        yield return l.Fields.SubTopic;
        yield return l.Fields.CustomerName;
        yield return l.Fields.SupplyAddress;
        yield return l.Hash;
        yield return l.Note ?? string.Empty;
        yield return l.DownloadedBy ?? string.Empty;
        yield return l.Answer?.Name ?? string.Empty;
    }
}
