namespace Portale.Core.Feed;

/// <summary>
/// What the feed records of a change: a letter's first download, an answer filed (a new upload on the
/// letter), a proroga granted; a communication or TIRV rejection received. Nothing else that changes a
/// letter (the operator's note, a classification, the section moves that follow) is an item.
/// </summary>
public static class ChangeItems
{
    public static IReadOnlyList<ChangeItem> Of(LetterChange change)
    {
        var (before, after) = (change.Before, change.After);
        var items = new List<ChangeItem>();
        if (before.DownloadedAt is null && after.DownloadedAt is { } downloadedAt)
        {
            items.Add(For(after, ChangeKind.Download, $"d_{after.Name}", downloadedAt, after.DownloadedBy ?? "")
                with { Hash = after.Hash });
        }
        if (after.Answer is { UploadId: { } uploadId } answer && uploadId != before.Answer?.UploadId)
        {
            items.Add(For(after, ChangeKind.Answer, $"r_{uploadId}_{after.Name}", answer.AnsweredAt, answer.AnsweredBy)
                with
                {
                    File = answer.Name,
                    Hash = answer.Hash,
                    UploadId = uploadId,
                    ReplacedUploadId = answer.ReplacedUploadId,
                    Completeness = after.Completeness,
                });
        }
        if (after.ExtensionWorkingDays > before.ExtensionWorkingDays && after.Extension is { } extension)
        {
            items.Add(For(after, ChangeKind.Extension, $"e_{after.Name}", extension.GrantedAt, extension.RequestedBy)
                with { ExtensionDays = after.ExtensionWorkingDays });
        }
        return items;
    }

    public static ChangeItem Of(Communication c) => new(
        c.Kind == UploadKind.TirvRejection ? ChangeKind.TirvRejection : ChangeKind.Communication, c.CompanyId,
        $"c_{c.Key}", c.SentAt, c.User)
    {
        File = c.File,
        Hash = c.Hash,
        Label = c.Label,
        CommunicationKey = c.Key,
    };

    private static ChangeItem For(Letter l, ChangeKind kind, string key, DateTimeOffset at, string user) =>
        new(kind, l.CompanyId, key, at, user) { Letter = l.Name, Sector = l.Fields.Sector };
}
