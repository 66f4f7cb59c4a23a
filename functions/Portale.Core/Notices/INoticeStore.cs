namespace Portale.Core.Notices;

public interface INoticeStore
{
    Task<IReadOnlyList<Notice>> ListAsync(CancellationToken cancellationToken);

    Task SaveAsync(Notice notice, CancellationToken cancellationToken);
}
