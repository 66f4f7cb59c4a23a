namespace Portale.Core.Reports;

/// <summary>
/// A report's wire id (the route's <c>{report}</c>), the manual's name and the name part of its file.
/// </summary>
public sealed record ReportDefinition(ReportKind Kind, string Id, string Title, string FileNamePart)
{
    /// <summary>
    /// <c>Report_&lt;name&gt;_&lt;company&gt;_&lt;yyyymmdd&gt;.xlsx</c>,
    /// dated on the business clock's day in Europe/Rome.
    /// </summary>
    public string FileName(string companyId, DateOnly today) =>
        $"Report_{FileNamePart}_{companyId}_{today:yyyyMMdd}.xlsx";
}
