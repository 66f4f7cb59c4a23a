namespace Portale.Core.Feed;

/// <summary>
/// What the feed records of a change: a letter's first download, an answer filed (a new upload on the
/// letter), a proroga granted; a communication or TIRV rejection received. Nothing else that changes a
/// letter (the operator's note, a classification, the section moves that follow) is an item. An answer
/// backdated after it was filed (the Sportello records the outage report later) is an answer item again,
/// with the same upload and the backdating: the feed tells the Sportello's systems its new Data Risposta.
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
        if (after.Answer is { UploadId: { } uploadId } answer)
        {
            var key = uploadId != before.Answer?.UploadId ? $"r_{uploadId}_{after.Name}"
                : answer.Backdating is not null && before.Answer?.Backdating is null ? $"rb_{uploadId}_{after.Name}"
                : null;
            if (key is not null)
            {
                items.Add(For(after, ChangeKind.Answer, key, answer.AnsweredAt, answer.AnsweredBy) with
                {
                    File = answer.Name,
                    Hash = answer.Hash,
                    UploadId = uploadId,
                    ReplacedUploadId = answer.ReplacedUploadId,
                    Completeness = after.Completeness,
                    Backdating = answer.Backdating,
                });
            }
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
