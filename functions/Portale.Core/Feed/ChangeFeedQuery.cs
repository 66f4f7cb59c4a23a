namespace Portale.Core.Feed;

/// <summary>
/// A page of a feed as asked: one company's feed, or every company's (then <c>companyId</c> narrows it
/// to one); <c>kind</c> (repeated or comma-separated: answer, communication, tirv-rejection, download,
/// extension), <c>sector</c> (energy, water), <c>from</c> / <c>to</c> (Rome days of <see cref="ChangeItem.At"/>,
/// both included), <c>order</c> (asc: oldest first, the default; desc), <c>pageSize</c>, <c>cursor</c> (the
/// position a previous page ended at: it stays valid for ever, across restarts).
/// </summary>
public sealed record ChangeFeedQuery(
    string? CompanyId, ChangeFilter Filter, FeedOrder Order, int PageSize, long? Position)
{
    public static readonly IReadOnlyList<string> Orders = ["asc", "desc"];

    public string Fingerprint => FingerprintOf(CompanyId, Filter, Order, PageSize);

    /// <param name="companyId">The company of a company's feed (from the route); null for the all-companies one.</param>
    public static ChangeFeedQuery Parse(Func<string, string?> value, string? companyId, bool allCompanies)
    {
        var errors = new ValidationErrors();
        var kinds = new List<ChangeKind>();
        foreach (var kind in (value("kind") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (QueryValues.OneOf(kind, "kind", "Tipo", ChangeKindNames.Names, errors) is { } name)
            {
                kinds.Add(ChangeKindNames.Parse(name));
            }
        }
        Sector? sector = QueryValues.OneOf(value("sector"), "sector", "Settore", ["energy", "water"], errors) switch
        {
            null => null,
            var s => SectorNames.TryParse(s, out var parsed) ? parsed : null,
        };
        var (from, to) = QueryValues.Dates(value, "from", "to", "Periodo", errors);
        var order = QueryValues.OneOf(value("order"), "order", "Ordine", Orders, errors) == "desc"
            ? FeedOrder.Descending
            : FeedOrder.Ascending;
        if (allCompanies)
        {
            companyId = QueryValues.Text(value("companyId"), "companyId", "Società", errors);
        }
        errors.ThrowIfAny();
        var filter = new ChangeFilter(
            kinds.Distinct().ToList(), sector,
            from is { } f ? RomeTime.At(f, TimeOnly.MinValue) : null,
            to is { } t ? RomeTime.At(t.AddDays(1), TimeOnly.MinValue) : null);
        var size = PageRequestParser.ParseSize(value("pageSize"));
        var cursor = PageRequestParser.ParseCursor(
            value("cursor"), FingerprintOf(companyId, filter, order, size), keyed: true);
        long? position = cursor is null
            ? null
            : long.TryParse(cursor.After, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        return new ChangeFeedQuery(companyId, filter, order, size, position);
    }

    private static string FingerprintOf(string? companyId, ChangeFilter filter, FeedOrder order, int size) =>
        $"feed|{companyId}|{filter.Fingerprint}|{order}|{size}";
}
