using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using Portale.Core.Letters;
using Portale.Core.Letters.Search;
using Portale.Core.Paging;
using Portale.Core.Refusals;
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
        new(new ListStore(letters), new FakeTimeProvider(RomeTime.At(Today, new TimeOnly(9, 0))));

    private static LetterSearchQuery Query(LetterSearchCriteria criteria, int pageSize = 10, int offset = 0) => new(criteria, pageSize, offset);

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
        Assert.True(PageCursor.TryDecode(first.NextCursor!, Query(criteria, 2).Fingerprint, out var cursor));
        var second = await searcher.SearchAsync("acme", Query(criteria, 2, cursor!.Offset), CancellationToken.None);
        var third = await searcher.SearchAsync("acme", Query(criteria, 2, 4), CancellationToken.None);

        Assert.Equal(["L-P-26-0000005_01.PDF", "L-P-26-0000004_01.PDF"], first.Items.Select(l => l.Name));
        Assert.Equal(["L-P-26-0000003_01.PDF", "L-P-26-0000002_01.PDF"], second.Items.Select(l => l.Name));
        Assert.Equal(["L-P-26-0000001_01.PDF"], third.Items.Select(l => l.Name));
        Assert.Null(third.NextCursor);
        Assert.All([first, second, third], p => Assert.Equal(5, p.Total));
    }

    [Fact]
    public async Task A_search_reading_more_letters_than_the_cap_is_refused_in_Italian()
    {
        var letters = Enumerable.Range(1, 4).Select(i => Make($"L-P-26-000000{i}_01.PDF", Today)).ToArray();
        var searcher = new LetterSearcher(new ListStore(letters), new FakeTimeProvider(RomeTime.At(Today, new TimeOnly(9, 0)))) { MaxScanned = 3 };

        var ex = await Assert.ThrowsAsync<RefusalException>(() => searcher.SearchAsync("acme", Query(new(Letter: new("%"))), CancellationToken.None));

        Assert.Equal("search-too-wide", ex.Code);
        Assert.StartsWith("La ricerca riguarda troppe lettere (oltre 3)", ex.Message);
    }

    /// <summary>A store that narrows nothing, as the contract allows: the searcher must apply every filter itself.</summary>
    private sealed class ListStore(IReadOnlyList<Letter> letters) : ILetterSearchStore
    {
        public async IAsyncEnumerable<Letter> ReadCandidatesAsync(string companyId, LetterSearchCriteria criteria, DateOnly today,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var l in letters)
            {
                await Task.Yield();
                yield return l;
            }
        }
    }
}
