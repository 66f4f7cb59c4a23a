namespace Portale.Functions.Feed;

/// <summary>
/// A change feed item as the Sportello's systems read it: what, for which company and letter, when
/// (Rome time), by whom, the file and its hash, and where its document is downloaded.
/// </summary>
public sealed record ChangeJson(
    string Kind,
    long Sequence,
    long? GlobalSequence,
    string CompanyId,
    string Key,
    DateTimeOffset At,
    DateTimeOffset RecordedAt,
    string User,
    string? Letter,
    string? Sector,
    string? File,
    string? Hash,
    string? UploadId,
    bool Replacement,
    string? ReplacedUploadId,
    string? Completeness,
    int? ExtensionDays,
    string? Label,
    string? CommunicationKey,
    string? Document,
    BackdatingJson? Backdating)
{
    public static ChangeJson From(ChangeItem i) => new(
        ChangeKindNames.Of(i.Kind), i.Sequence, i.GlobalSequence, i.CompanyId, i.Key, RomeTime.ToRome(i.At),
        RomeTime.ToRome(i.RecordedAt), i.User, i.Letter, i.Sector is { } s ? SectorNames.Of(s) : null, i.File, i.Hash,
        i.UploadId, i.IsReplacement, i.ReplacedUploadId, i.Completeness, i.ExtensionDays, i.Label, i.CommunicationKey,
        DocumentOf(i), i.Backdating is { } b ? new BackdatingJson(b.AttemptedOn, b.Reason) : null);

    /// <summary>The staff route that downloads the item's document.</summary>
    private static string? DocumentOf(ChangeItem i) => i.Kind switch
    {
        ChangeKind.Answer => $"/api/backoffice/companies/{i.CompanyId}/letters/{i.Letter}/answers/{i.UploadId}/pdf",
        ChangeKind.Communication or ChangeKind.TirvRejection =>
            $"/api/backoffice/companies/{i.CompanyId}/communications/{i.CommunicationKey}/pdf",
        _ => $"/api/backoffice/companies/{i.CompanyId}/letters/{i.Letter}/pdf",
    };
}
