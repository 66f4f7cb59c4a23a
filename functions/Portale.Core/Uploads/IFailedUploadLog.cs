namespace Portale.Core.Uploads;

/// <summary>"Invii falliti": rows keyed so that writing one twice leaves one row.</summary>
public interface IFailedUploadLog
{
    Task AddAsync(IReadOnlyList<FailedUpload> failures, CancellationToken cancellationToken);

    Task<Page<FailedUpload>> ListAsync(string companyId, string? cursor, int take, CancellationToken cancellationToken);

    /// <summary>The rows of one upload (keys starting with <see cref="UploadKeys.LogPrefix"/>).</summary>
    Task<IReadOnlyList<FailedUpload>> ListOfUploadAsync(UploadRecord upload, CancellationToken cancellationToken);
}
