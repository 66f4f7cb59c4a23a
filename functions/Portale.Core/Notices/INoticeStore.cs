namespace Portale.Core.Notices;

public interface INoticeStore
{
    Task<IReadOnlyList<Notice>> ListAsync(CancellationToken cancellationToken);

    Task SaveAsync(Notice notice, CancellationToken cancellationToken);

    /// <summary>False when there was no such notice.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);
}
