namespace Portale.Core.Outages;

/// <summary>
/// Reads the answer names of a report from the Excel file a company sends (manual ch. 9). The file is
/// hostile input: a file that is not a workbook, or breaks a limit, is refused with a
/// <see cref="RefusalException"/> on field <c>file</c> (over the size limit: <see cref="UploadTooLargeException"/>).
/// </summary>
public interface IReportedNamesReader
{
    /// <summary>The largest file accepted, as uploaded.</summary>
    long MaxFileBytes { get; }

    Task<IReadOnlyList<ReportedName>> ReadAsync(Stream workbook, string fileName, CancellationToken cancellationToken);
}
