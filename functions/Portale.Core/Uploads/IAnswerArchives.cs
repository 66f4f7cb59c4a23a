namespace Portale.Core.Uploads;

public interface IAnswerArchives
{
    /// <summary>
    /// Throws a <see cref="Refusals.RefusalException"/> (unsupported media type) when the file is not a .zip.
    /// </summary>
    Task<IAnswerArchive> OpenAsync(Stream zip, string zipName, CancellationToken cancellationToken);
}
