namespace Portale.Core.Reminders;

/// <summary>
/// Section 4 "Nuovi solleciti ricevuti". Unfiltered and newest first it reads one page from the reminder
/// index and the total from a counter; Tipo servizio, Cerca and other sorts read the company's reminders
/// (a few per letter not worked in time, so far fewer than its letters) and filter and sort in memory.
/// Each reminder is joined with its letter, read in the same company's partition.
/// </summary>
public sealed class ReminderLister(IReminderStore reminders, ILetterStore letters)
{
    private const int ReadBatch = 500;

    /// <summary>Unfiltered, newest first (the reports read it so).</summary>
    public Task<Page<ReminderView>> ListAsync(
        string companyId, string? pageSize, string? cursor, CancellationToken cancellationToken) =>
        ListAsync(companyId, ReminderQueryParser.Parse(null, null, null, pageSize, cursor), cancellationToken);

    public async Task<Page<ReminderView>> ListAsync(
        string companyId, ReminderQuery query, CancellationToken cancellationToken)
    {
        if (query.IsIndexed)
        {
            var pageTask =
                reminders.ReadNewestFirstAsync(companyId, query.Cursor?.After, query.PageSize, cancellationToken);
            var totalTask = reminders.CountAsync(companyId, onlyNew: false, cancellationToken);
            var page = await pageTask;
            var items = await JoinAsync(companyId, page.Items, cancellationToken);
            var next = page.After is null ? null : new PageCursor(page.After, 0, query.Fingerprint).Encode();
            return new Page<ReminderView>(items, next, await totalTask);
        }
        var all = await MatchingAsync(companyId, query, cancellationToken);
        var offset = query.Cursor?.Offset ?? 0;
        var shown = ReminderSortFields.Apply(all, query.Sort).Skip(offset).Take(query.PageSize).ToList();
        var nextOffset = offset + shown.Count;
        var cursor = nextOffset < all.Count ? new PageCursor(null, nextOffset, query.Fingerprint).Encode() : null;
        return new Page<ReminderView>(shown, cursor, all.Count);
    }

    /// <summary>
    /// "Sollecito" ticked: the names of every reminder that matches the filter, newest first; refused above
    /// <see cref="LetterDownloads.MaxLettersPerZip"/> as the letters are.
    /// </summary>
    public async Task<IReadOnlyList<string>> NamesMatchingAsync(
        string companyId, LetterFilter filter, CancellationToken cancellationToken)
    {
        var query = new ReminderQuery(filter, LetterSort.Default, PageRequestParser.DefaultSize, null);
        var all = await MatchingAsync(companyId, query, cancellationToken);
        if (all.Count > LetterDownloads.MaxLettersPerZip)
        {
            throw ReminderDownloads.TooMany();
        }
        return [.. ReminderSortFields.Apply(all, LetterSort.Default).Select(v => v.Reminder.Name)];
    }

    private async Task<List<ReminderView>> MatchingAsync(
        string companyId, ReminderQuery query, CancellationToken cancellationToken)
    {
        var all = new List<ReminderView>();
        string? after = null;
        do
        {
            var page = await reminders.ReadNewestFirstAsync(companyId, after, ReadBatch, cancellationToken);
            all.AddRange((await JoinAsync(companyId, page.Items, cancellationToken)).Where(query.Matches));
            after = page.After;
        }
        while (after is not null);
        return all;
    }

    private async Task<List<ReminderView>> JoinAsync(
        string companyId, IReadOnlyList<Reminder> page, CancellationToken cancellationToken)
    {
        var names = page.Select(r => r.LetterName).Distinct().ToList();
        var found = (await letters.FindManyAsync(companyId, names, cancellationToken))
            .ToDictionary(l => l.Name, StringComparer.Ordinal);
        return [.. page.Select(r => new ReminderView(r, found.GetValueOrDefault(r.LetterName)))];
    }
}
