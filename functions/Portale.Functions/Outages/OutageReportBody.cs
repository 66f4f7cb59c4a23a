namespace Portale.Functions.Outages;

/// <summary>A report with the answer names typed (JSON); the Excel form sends the same fields as multipart.</summary>
public sealed record OutageReportBody(string? OutageId, DateOnly? AttemptedOn, IReadOnlyList<string>? Answers);
