namespace Portale.Core.Outages;

/// <param name="NamesField">The request field the names came from (<c>answers</c> typed, <c>file</c> in Excel).</param>
public sealed record OutageReportDraft(
    string? OutageId, DateOnly? AttemptedOn, IReadOnlyList<ReportedName> Names, string NamesField);
