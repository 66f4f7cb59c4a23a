namespace Portale.Core.Reminders;

/// <summary>
/// Section 4 "Nuovi solleciti ricevuti": newest first from the reminder index, the total from a
/// counter, each reminder joined with its letter (read in the same company's partition).
/// </summary>
public sealed class ReminderLister(IReminderStore reminders, ILetterStore letters)
{
    public async Task<Page<ReminderView>> ListAsync(
        string companyId, string? pageSize, string? cursor, CancellationToken cancellationToken)
    {
        var request = PageRequestParser.Parse(pageSize, cursor, Fingerprint, keyed: true);
        var pageTask =
            reminders.ReadNewestFirstAsync(companyId, request.Cursor?.After, request.Size, cancellationToken);
        var totalTask = reminders.CountAsync(companyId, onlyNew: false, cancellationToken);
        var page = await pageTask;
        var names = page.Items.Select(r => r.LetterName).Distinct().ToList();
        var found = (await letters.FindManyAsync(companyId, names, cancellationToken))
            .ToDictionary(l => l.Name, StringComparer.Ordinal);
        var items = page.Items.Select(r => new ReminderView(r, found.GetValueOrDefault(r.LetterName))).ToList();
        var next = page.After is null ? null : new PageCursor(page.After, 0, Fingerprint(request.Size)).Encode();
        return new Page<ReminderView>(items, next, await totalTask);
    }

    private static string Fingerprint(int pageSize) => $"reminders|{pageSize}";
}
