namespace Portale.Core.Uploads;

/// <summary>"Invii falliti": rows keyed so that writing one twice leaves one row.</summary>
public interface IFailedUploadLog
{
    Task AddAsync(IReadOnlyList<FailedUpload> failures, CancellationToken cancellationToken);

    Task<Page<FailedUpload>> ListAsync(string companyId, string? cursor, int take, CancellationToken cancellationToken);
}
