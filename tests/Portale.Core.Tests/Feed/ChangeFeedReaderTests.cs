using Portale.Core.Feed;
using Portale.Core.Tests.Uploads.Fakes;

namespace Portale.Core.Tests.Feed;

public sealed class ChangeFeedReaderTests
{
    [Fact]
    public async Task An_unfiltered_page_reads_only_its_own_numbers_however_long_the_feed()
    {
        var feed = new CountingFeed();
        for (var i = 0; i < 3_000; i++)
        {
            await feed.RecordAsync(new ChangeItem(ChangeKind.Download, "acme", $"d_{i}", DateTimeOffset.UnixEpoch, "u"), CancellationToken.None);
        }
        var reader = new ChangeFeedReader(feed);
        string? cursor = null;
        var seen = new List<string>();
        for (var page = 0; page < 3; page++)
        {
            var read = await reader.ReadAsync(Query(cursor), CancellationToken.None);
            Assert.Equal(100, read.Items.Count);
            seen.AddRange(read.Items.Select(i => i.Key));
            cursor = read.NextCursor;
        }
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"d_{i}"), seen);
        Assert.Equal(300, feed.Returned);

        var descending = await reader.ReadAsync(Query(null, "desc"), CancellationToken.None);
        Assert.Equal("d_2999", descending.Items[0].Key);
        Assert.Equal(400, feed.Returned);
    }

    private static ChangeFeedQuery Query(string? cursor, string? order = null) => ChangeFeedQuery.Parse(
        name => name switch { "cursor" => cursor, "pageSize" => "100", "order" => order, _ => null }, "acme", allCompanies: false);

    /// <summary>Counts the items storage would return: what a page holds in memory.</summary>
    private sealed class CountingFeed : IChangeFeed
    {
        private readonly InMemoryChangeFeed inner = new();

        public int Returned { get; private set; }

        public Task RecordAsync(ChangeItem item, CancellationToken cancellationToken) => inner.RecordAsync(item, cancellationToken);

        public Task PumpAsync(string companyId, CancellationToken cancellationToken) => inner.PumpAsync(companyId, cancellationToken);

        public Task<long> HeadAsync(string? companyId, CancellationToken cancellationToken) => inner.HeadAsync(companyId, cancellationToken);

        public Task<IReadOnlyDictionary<string, long>> PumpedAsync(CancellationToken cancellationToken) => inner.PumpedAsync(cancellationToken);

        public async Task<IReadOnlyList<ChangeItem>> ReadAsync(
            string? companyId, long from, long to, ChangeFilter filter, CancellationToken cancellationToken)
        {
            var items = await inner.ReadAsync(companyId, from, to, filter, cancellationToken);
            Returned += items.Count;
            return items;
        }
    }
}
