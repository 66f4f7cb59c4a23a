namespace Portale.Core.Reports;

/// <summary>Writes a report as a file (the .xlsx adapter).</summary>
public interface IReportWriter
{
    /// <summary>The file's media type.</summary>
    string ContentType { get; }

    Task WriteAsync(ReportTable table, Stream output, CancellationToken cancellationToken);
}
