using System.Runtime.CompilerServices;
using Portale.Core.Calendar;
using Microsoft.Extensions.Time.Testing;
using Portale.Core.Letters;
using Portale.Core.Letters.Search;
using Portale.Core.Paging;
using Portale.Core.Time;

namespace Portale.Core.Tests.Letters.Search;

public class LetterSearcherTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static Letter Make(string name, DateOnly published, Recipient recipient = Recipient.To, string customer = "Mario Rossi",
        string? note = null, LetterAnswer? answer = null) =>
        new("acme", name, recipient, RomeTime.At(published, new TimeOnly(1, 5)),
            new LetterFields("123456", "RECLAMI", "POD:IT001", ServiceType.Gas, "MERCATO", "DOPPIA FATTURAZIONE", customer, "Via Roma 1", 20, false, Sector.Energy), "h")
        {
            Note = note,
            Answer = answer,
        };

    private static LetterSearcher Searcher(params Letter[] letters) =>
        new(new ListStore(letters), new ResponseSla(WorkingDayCalendar.Standard),
            new FakeTimeProvider(RomeTime.At(Today, new TimeOnly(9, 0))));

    private static LetterSearchQuery Query(LetterSearchCriteria criteria, int pageSize = 10, PageCursor? cursor = null) =>
        new(criteria, pageSize, cursor?.After, cursor?.Offset ?? 0);

    [Fact]
    public async Task A_sorted_search_orders_every_result_not_the_page_and_pages_by_offset()
    {
        var searcher = Searcher(
            Make("L-P-26-0000001_01.PDF", new DateOnly(2026, 6, 1), customer: "Carla"),
            Make("L-P-26-0000002_01.PDF", new DateOnly(2026, 6, 2), customer: "anna"),
            Make("L-P-26-0000003_01.PDF", new DateOnly(2026, 6, 3), customer: "Bruno"));
        var query = new LetterSearchQuery(new LetterSearchCriteria(Letter: new("L-P-26%")), 2, Sort: new LetterSort("customerName", false));

        var first = await searcher.SearchAsync("acme", query, CancellationToken.None);
        Assert.Equal(["anna", "Bruno"], first.Items.Select(l => l.Fields.CustomerName));
        Assert.Equal(3, first.Total);
        var cursor = PageRequestParser.ParseCursor(first.NextCursor, query.Fingerprint, keyed: false)!;
        var second = await searcher.SearchAsync("acme", query with { Before = cursor.Offset }, CancellationToken.None);
        Assert.Equal(["Carla"], second.Items.Select(l => l.Fields.CustomerName));
        Assert.Null(second.NextCursor);
    }

    [Fact]
    public void Criteria_match_every_filter_given_and_only_then()
    {
        var answered = Make("L-P-26-0000001_01.PDF", new DateOnly(2026, 3, 2), note: "chiamare",
            answer: new LetterAnswer("R-P-26-0000001_01.PDF", DateTimeOffset.UtcNow, "u")) with { Completeness = "Completa" };

        Assert.True(new LetterSearchCriteria(Letter: new("l-p-26%"), Answer: new("R-P-26%"), Recipient: Recipient.To,
            CaseId: new("123456"), CustomerName: new("mario rossi"), SupplyAddress: new("Via%"), Utility: new("POD%"),
            Topic: new("mercato"), SubTopic: new("%fatturazione"), Note: new("%chiam%"),
            PublishedFrom: new DateOnly(2026, 3, 2), PublishedTo: new DateOnly(2026, 3, 2), Completeness: new("completa"),
            PracticeType: new("RECLAMI")).Matches(answered));
        Assert.False(new LetterSearchCriteria(Recipient: Recipient.Cc).Matches(answered));
        Assert.False(new LetterSearchCriteria(PublishedFrom: new DateOnly(2026, 3, 3)).Matches(answered));
        Assert.False(new LetterSearchCriteria(PublishedTo: new DateOnly(2026, 3, 1)).Matches(answered));
        Assert.False(new LetterSearchCriteria(Completeness: new("Parziale")).Matches(answered));
        Assert.False(new LetterSearchCriteria(Answer: new("%")).Matches(Make("L-P-26-0000002_01.PDF", Today)));
        Assert.False(new LetterSearchCriteria(CustomerName: new("Mario")).Matches(answered));
    }

    [Fact]
    public async Task Results_are_the_matching_online_letters_newest_first_with_the_total()
    {
        var old = Make("L-P-26-0000001_01.PDF", new DateOnly(2026, 1, 5), customer: "Anna Verdi");
        var newer = Make("L-P-26-0000002_01.PDF", new DateOnly(2026, 5, 5), customer: "anna verdi");
        var other = Make("L-P-26-0000003_01.PDF", new DateOnly(2026, 5, 6), customer: "Luca Neri");
        var offline = Make("L-P-25-0000004_01.PDF", new DateOnly(2025, 1, 5), Recipient.Cc, customer: "Anna Verdi");

        var page = await Searcher(old, offline, other, newer).SearchAsync("acme", Query(new(CustomerName: new("Anna Verdi"))), CancellationToken.None);

        Assert.Equal([newer.Name, old.Name], page.Items.Select(l => l.Name));
        Assert.Equal(2, page.Total);
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public async Task Pages_follow_each_other_through_the_cursor()
    {
        var letters = Enumerable.Range(1, 5).Select(i => Make($"L-P-26-000000{i}_01.PDF", new DateOnly(2026, 5, i))).ToArray();
        var searcher = Searcher(letters);
        var criteria = new LetterSearchCriteria(Letter: new("L-P-26%"));

        var first = await searcher.SearchAsync("acme", Query(criteria, 2), CancellationToken.None);
        var second = await searcher.SearchAsync("acme", Query(criteria, 2, Cursor(first, criteria)), CancellationToken.None);
        var third = await searcher.SearchAsync("acme", Query(criteria, 2, Cursor(second, criteria)), CancellationToken.None);

        Assert.Equal(["L-P-26-0000005_01.PDF", "L-P-26-0000004_01.PDF"], first.Items.Select(l => l.Name));
        Assert.Equal(["L-P-26-0000003_01.PDF", "L-P-26-0000002_01.PDF"], second.Items.Select(l => l.Name));
        Assert.Equal(["L-P-26-0000001_01.PDF"], third.Items.Select(l => l.Name));
        Assert.Null(third.NextCursor);
        Assert.All([first, second, third], p => Assert.Equal(5, p.Total));
    }

    [Fact]
    public async Task A_search_over_more_letters_than_the_former_cap_returns_its_first_page_and_the_total()
    {
        var letters = Enumerable.Range(1, 25_000)
            .Select(i => Make($"L-P-26-{i:D7}_01.PDF", Today.AddDays(-(i % 300)))).ToArray();

        var page = await Searcher(letters).SearchAsync("acme", Query(new(Letter: new("%"))), CancellationToken.None);

        Assert.Equal(10, page.Items.Count);
        Assert.Equal(25_000, page.Total);
        Assert.NotNull(page.NextCursor);
    }

    private static PageCursor Cursor(Page<Letter> page, LetterSearchCriteria criteria)
    {
        Assert.True(PageCursor.TryDecode(page.NextCursor!, Query(criteria, 2).Fingerprint, out var cursor));
        return cursor!;
    }

    /// <summary>
    /// A store that narrows nothing, as the contract allows: the searcher must apply every filter itself. It keeps the
    /// contract's order (newest first, then name) and starts after the position asked.
    /// </summary>
    private sealed class ListStore(IReadOnlyList<Letter> letters) : ILetterSearchStore
    {
        public async IAsyncEnumerable<LetterSearchCandidate> ReadNewestFirstAsync(string companyId, LetterSearchCriteria criteria,
            DateOnly today, string? after, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var ordered = letters
                .Select(l => new LetterSearchCandidate(l, $"{long.MaxValue - l.PublishedAt.UtcTicks:D19}_{l.Name}"))
                .Where(c => after is null || string.CompareOrdinal(c.Position, after) > 0)
                .OrderBy(c => c.Position, StringComparer.Ordinal);
            foreach (var candidate in ordered)
            {
                await Task.Yield();
                yield return candidate;
            }
        }
    }
}
