using Azure;

namespace Portale.Adapters.Letters;

/// <summary>
/// Maps a letter to its main and index rows (the index row carries every list column, so lists never read main rows,
/// and the search's normalised columns, <see cref="LetterSearchColumns"/>).
/// </summary>
public static class LetterEntities
{
    public static TableEntity ToEntity(Letter l, string rowKey)
    {
        var e = TableRows.Of(l.CompanyId, rowKey, new
        {
            l.Name, Recipient = l.Recipient.ToString(), l.PublishedAt, l.Hash, l.Note, l.DownloadedAt, l.DownloadedBy,
            l.ExtensionWorkingDays, AnswerName = l.Answer?.Name, AnsweredAt = l.Answer?.AnsweredAt,
            AnsweredBy = l.Answer?.AnsweredBy, Completeness = l.Answer?.Completeness,
            AnswerUploadId = l.Answer?.UploadId, ReplacedUploadId = l.Answer?.ReplacedUploadId,
            FirstAnsweredAt = l.Answer?.FirstAnsweredAt, FirstAnsweredBy = l.Answer?.FirstAnsweredBy,
            FirstAnswerHash = l.Answer?.FirstHash, AnswerHash = l.Answer?.Hash, OfflineOn = LetterKeys.Offline(l),
            BackdatedTo = l.Answer?.Backdating is { } b ? LetterKeys.Day(b.AttemptedOn) : null,
            BackdatingOutage = l.Answer?.Backdating?.OutageId, BackdatingReport = l.Answer?.Backdating?.ReportId,
            BackdatingReason = l.Answer?.Backdating?.Reason,
        });
        LetterFieldColumns.Write(e, l.Fields);
        LetterSearchColumns.Write(e, l);
        return e;
    }

    public static Letter FromEntity(TableEntity e)
    {
        var fields = LetterFieldColumns.Read(e);
        var answer = e.GetString("AnswerName") is { } answerName
            ? new LetterAnswer(
                answerName, e.GetDateTimeOffset("AnsweredAt") ?? default, e.GetString("AnsweredBy") ?? string.Empty,
                e.GetString("Completeness"))
            {
                UploadId = e.GetString("AnswerUploadId"),
                ReplacedUploadId = e.GetString("ReplacedUploadId"),
                FirstAnsweredAt = e.GetDateTimeOffset("FirstAnsweredAt"),
                FirstAnsweredBy = e.GetString("FirstAnsweredBy"),
                FirstHash = e.GetString("FirstAnswerHash"),
                Hash = e.GetString("AnswerHash"),
                Backdating = e.GetString("BackdatedTo") is { } day
                    ? new AnswerBackdating(DateOnly.ParseExact(day, "yyyyMMdd", CultureInfo.InvariantCulture),
                        e.GetString("BackdatingOutage") ?? "", e.GetString("BackdatingReport") ?? "",
                        e.GetString("BackdatingReason") ?? "")
                    : null,
            }
            : null;
        return new Letter(e.PartitionKey, e.GetString("Name"), Enum.Parse<Recipient>(e.GetString("Recipient")),
            e.GetDateTimeOffset("PublishedAt") ?? default, fields, e.GetString("Hash"))
        {
            Note = e.GetString("Note"),
            DownloadedAt = e.GetDateTimeOffset("DownloadedAt"),
            DownloadedBy = e.GetString("DownloadedBy"),
            ExtensionWorkingDays = e.GetInt32("ExtensionWorkingDays") ?? 0,
            Answer = answer,
            Version = e.ETag == default ? null : e.ETag.ToString(),
        };
    }

    public static ETag VersionOf(Letter letter) =>
        letter.Version is { } v ? new ETag(v) : throw new InvalidOperationException($"Letter {letter.Name} was not " +
            "read from storage.");
}
