using System.Globalization;
using Portale.Core.Identity;
using Portale.Core.Letters;
using Portale.Core.Refusals;

namespace Portale.Core.Reminders;

/// <summary>
/// Section 4 "Nuovi solleciti ricevuti": newest first from the reminder index, the total from a
/// counter, each reminder joined with its letter (read in the same company's partition).
/// </summary>
public sealed class ReminderLister(IReminderStore reminders, ILetterStore letters)
{
    public async Task<ReminderPage> ListAsync(string companyId, string? pageSize, string? cursor, CancellationToken cancellationToken)
    {
        var size = 10;
        if (!string.IsNullOrEmpty(pageSize)
            && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || !LetterQuery.PageSizes.Contains(size)))
        {
            throw RefusalException.Field("query-invalid", "pageSize", "Numero di elementi per pagina non valido: valori ammessi 10, 25, 50, 100.");
        }
        var fingerprint = $"reminders|{size}";
        string? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (!LetterCursor.TryDecode(cursor, fingerprint, out var decoded) || decoded!.After is null)
            {
                throw RefusalException.Field("cursor-invalid", "cursor",
                    "Il cursore di pagina non è valido o appartiene a un'altra ricerca: ricomincia dalla prima pagina.");
            }
            after = decoded.After;
        }
        var pageTask = reminders.ReadNewestFirstAsync(companyId, after, size, cancellationToken);
        var totalTask = reminders.CountAsync(companyId, onlyNew: false, cancellationToken);
        var page = await pageTask;
        var found = (await letters.FindManyAsync(companyId, page.Items.Select(r => r.LetterName).Distinct().ToList(), cancellationToken))
            .ToDictionary(l => l.Name, StringComparer.Ordinal);
        var items = page.Items.Select(r => new ReminderView(r, found.GetValueOrDefault(r.LetterName))).ToList();
        var next = page.After is null ? null : new LetterCursor(page.After, 0, fingerprint).Encode();
        return new ReminderPage(items, next, await totalTask);
    }
}

/// <summary>Records a reminder's FIRST download (Data/Utente Download); it then leaves the "new" badge.</summary>
public sealed class ReminderDownloads(IReminderStore store, TimeProvider clock)
{
    private const int Attempts = 5;

    public async Task<Reminder> RecordAsync(string companyId, string name, OperatorPrincipal user, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var reminder = await store.FindAsync(companyId, name, cancellationToken) ?? throw RefusalException.NotFound();
            if (!reminder.IsNew)
            {
                return reminder;
            }
            var downloaded = reminder with { DownloadedAt = clock.GetUtcNow(), DownloadedBy = user.Username };
            try
            {
                await store.UpdateAsync(reminder, downloaded, cancellationToken);
                return downloaded;
            }
            catch (LetterConflictException) when (attempt < Attempts)
            {
                await Task.Delay(Random.Shared.Next(10, 50 * attempt), cancellationToken);
            }
        }
    }
}
