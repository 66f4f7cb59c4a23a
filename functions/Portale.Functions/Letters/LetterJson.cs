namespace Portale.Functions.Letters;

/// <summary>The JSON of a letter: every column of the manual's sections, dates in Europe/Rome.</summary>
public sealed record LetterJson(
    string Name,
    DateTimeOffset PublishedAt,
    string Recipient,
    string Section,
    string CaseId,
    string PracticeType,
    string Utility,
    string ServiceType,
    string ServiceTypeLabel,
    string Topic,
    string SubTopic,
    string CustomerName,
    string SupplyAddress,
    string? Note,
    DateOnly? OfflineOn,
    string Hash,
    DateTimeOffset? DownloadedAt,
    string? DownloadedBy,
    DateOnly? Deadline,
    int? DaysToDeadline,
    int TermWorkingDays,
    int? ExtensionDays,
    IReadOnlyList<int> ExtensionChoices,
    bool SpecialProcedure,
    string Sector,
    string? AnswerName,
    DateTimeOffset? AnsweredAt,
    string? AnsweredBy,
    string? Completeness)
{
    public static LetterJson From(LetterView view)
    {
        var l = view.Letter;
        return new LetterJson(
            l.Name,
            RomeTime.ToRome(l.PublishedAt),
            l.Recipient == Portale.Core.Letters.Recipient.To ? "TO" : "CC",
            SectionNames.Of(l.Section),
            l.Fields.CaseId,
            l.Fields.PracticeType,
            l.Fields.Utility,
            ServiceTypes.CodeOf(l.Fields.ServiceType),
            ServiceTypes.LabelOf(l.Fields.ServiceType),
            l.Fields.Topic,
            l.Fields.SubTopic,
            l.Fields.CustomerName,
            l.Fields.SupplyAddress,
            l.Note,
            l.OfflineOn,
            l.Hash,
            l.DownloadedAt is { } d ? RomeTime.ToRome(d) : null,
            l.DownloadedBy,
            view.Deadline,
            view.DaysToDeadline,
            l.Fields.TermWorkingDays,
            l.ExtensionWorkingDays > 0 ? l.ExtensionWorkingDays : null,
            view.ExtensionChoices,
            l.Fields.IsSpecialProcedure,
            SectorNames.Of(l.Fields.Sector),
            l.Answer?.Name,
            l.Answer is { } a ? RomeTime.ToRome(a.AnsweredAt) : null,
            l.Answer?.AnsweredBy,
            l.Completeness);
    }
}
