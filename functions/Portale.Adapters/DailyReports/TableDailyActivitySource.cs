using Portale.Adapters.Letters;

namespace Portale.Adapters.DailyReports;

/// <summary>
/// A company's day from three key ranges of its own partitions: the activity rows of
/// <c>companyletters</c> (<see cref="LetterKeys.ActivityPrefix"/>, written with each change) and the
/// newest-first rows of <c>communications</c> and <c>failedsends</c> whose keys fall on that Rome day.
/// </summary>
public sealed class TableDailyActivitySource(StorageClients clients) : IDailyActivitySource
{
    public async Task<DailyActivity> ReadAsync(string companyId, DateOnly day, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId))
        {
            return DailyActivity.None;
        }
        var (published, downloads, answers, reminders) = (
            new List<PublishedLetterEntry>(), new List<DownloadEntry>(), new List<AnswerEntry>(),
            new List<ReminderEntry>());
        var classifications = new List<ClassificationEntry>();
        var prefix = LetterKeys.ActivityPrefix(day);
        var letters = clients.Table(StorageNames.CompanyLettersTable);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey ge {prefix} and RowKey lt {LetterKeys.End(prefix)}");
        await foreach (var e in letters.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            switch (e.RowKey[prefix.Length])
            {
                case 'p':
                    var p = LetterEntities.FromEntity(e);
                    published.Add(new PublishedLetterEntry(p.Name, p.PublishedAt, p.Hash));
                    break;
                case 'd':
                    var d = LetterEntities.FromEntity(e);
                    downloads.Add(
                        new DownloadEntry(
                            d.Name, d.PublishedAt, d.DownloadedAt ?? default, d.DownloadedBy ?? string.Empty, d.Hash));
                    break;
                case 'r':
                    var r = LetterEntities.FromEntity(e);
                    answers.Add(
                        new AnswerEntry(
                            r.Answer!.Name, r.Answer.AnsweredAt, r.Answer.AnsweredBy, r.Name,
                            r.Answer.Hash ?? string.Empty));
                    break;
                case 'c':
                    var c = LetterEntities.FromEntity(e);
                    classifications.Add(
                        new ClassificationEntry(c.Name, c.PublishedAt, c.Completeness, c.ClassifiedAt ?? default));
                    break;
                case 's':
                    reminders.Add(
                        new ReminderEntry(
                            e.GetString("Name"), e.GetDateTimeOffset("PublishedAt") ?? default, e.GetString("Letter"),
                            e.GetString("Hash")));
                    break;
            }
        }

        var (from, to) = DayKeys(day);
        var logFilter =
            TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and RowKey ge {from} and RowKey lt {to}");
        var communications = new List<CommunicationEntry>();
        await foreach (var e in clients.Table(StorageNames.CommunicationsTable).QueryAsync<TableEntity>(
            logFilter, cancellationToken: cancellationToken))
        {
            var file = e.GetString("File") ?? string.Empty;
            var label = e.GetString("Label");
            communications.Add(
                new CommunicationEntry(
                    string.IsNullOrEmpty(label) ? file : $"{label} ({file})", e.GetDateTimeOffset("SentAt") ?? default,
                    e.GetString("User") ?? string.Empty));
        }
        var errors = new List<ErrorEntry>();
        await foreach (var e in clients.Table(StorageNames.FailedUploadsTable).QueryAsync<TableEntity>(
            logFilter, cancellationToken: cancellationToken))
        {
            errors.Add(
                new ErrorEntry(
                    e.GetString("File") ?? string.Empty, e.GetDateTimeOffset("EventAt") ?? default,
                    e.GetString("Reason") ?? string.Empty, e.GetString("User") ?? string.Empty));
        }

        return new DailyActivity(
            [.. published.OrderBy(x => x.PublishedAt).ThenBy(x => x.Letter, StringComparer.Ordinal)],
            [.. downloads.OrderBy(x => x.DownloadedAt).ThenBy(x => x.Letter, StringComparer.Ordinal)],
            [.. answers.OrderBy(x => x.UploadedAt).ThenBy(x => x.Answer, StringComparer.Ordinal)],
            [.. communications.OrderBy(x => x.UploadedAt)],
            [.. errors.OrderBy(x => x.EventAt)],
            [.. reminders.OrderBy(x => x.PublishedAt).ThenBy(x => x.Reminder, StringComparer.Ordinal)])
        {
            Classifications = [.. classifications.OrderBy(x => x.ClassifiedAt).ThenBy(x => x.Letter, StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// Newest-first log keys start with the inverted ticks of the upload's arrival (UploadKeys.LogKey):
    /// the day [00:00, next 00:00) Rome is the key range [inverted(end) + 1, inverted(start) + 1).
    /// </summary>
    private static (string From, string To) DayKeys(DateOnly day)
    {
        var start = RomeTime.At(day, TimeOnly.MinValue);
        var end = RomeTime.At(day.AddDays(1), TimeOnly.MinValue);
        static string Inverted(DateTimeOffset at) =>
            (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks + 1).ToString("D19", CultureInfo.InvariantCulture);
        return (Inverted(end), Inverted(start));
    }
}
