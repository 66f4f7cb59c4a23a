namespace Portale.Core.DailyReports;

/// <summary>
/// The report ledger as staff read it: for one day, each company's daily PEC, whether it was sent, when,
/// to which address and what (subject, attachment and its hash, message id, the server's reply).
/// </summary>
public sealed class DailyReportLedgerReader(IDailyReportLedger ledger)
{
    public async Task<Page<DailyReportRecord>> ListAsync(
        string? day, string? pageSize, string? cursor, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw RefusalException.Field(RefusalException.ValidationFailed, "day",
                "Indicare il giorno del report nella forma aaaa-mm-gg, ad esempio 2026-03-10.");
        }
        string Fingerprint(int size) => $"daily-reports|{date:yyyy-MM-dd}|{size}";
        var request = PageRequestParser.Parse(pageSize, cursor, Fingerprint, keyed: true);
        var total = ledger.CountDayAsync(date, cancellationToken);
        var page = await ledger.ReadDayAsync(date, request.Cursor?.After, request.Size, cancellationToken);
        var next = page.After is null ? null : new PageCursor(page.After, 0, Fingerprint(request.Size)).Encode();
        return new Page<DailyReportRecord>(page.Items, next, await total);
    }
}
