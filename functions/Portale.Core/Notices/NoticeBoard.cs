namespace Portale.Core.Notices;

/// <summary>Which notices the public home shows now: those not yet over, newest first.</summary>
public sealed class NoticeBoard(INoticeStore store, TimeProvider clock)
{
    public async Task<IReadOnlyList<Notice>> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var all = await store.ListAsync(cancellationToken);
        return all
            .Where(n => n.PublishedAt <= now && (n.To is null || n.To > now))
            .OrderByDescending(n => n.PublishedAt)
            .ToList();
    }
}
