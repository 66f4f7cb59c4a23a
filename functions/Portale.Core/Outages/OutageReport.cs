namespace Portale.Core.Outages;

/// <summary>
/// A company's list of the answers it could not upload during an outage (manual ch. 9: the R- names),
/// sent by an operator through the portal or recorded by the Sportello.
/// </summary>
/// <param name="AttemptedOn">The day the uploads were tried and failed, within the outage.</param>
/// <param name="Answers">Canonical answer names, <c>R-P-YY-NNNNNNN_NN.PDF</c>, each once.</param>
public sealed record OutageReport(
    string CompanyId,
    string Id,
    string OutageId,
    DateOnly AttemptedOn,
    IReadOnlyList<string> Answers,
    DateTimeOffset ReportedAt,
    string ReportedBy,
    bool BySportello);
