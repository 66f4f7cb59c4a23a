namespace Portale.Core.Publication;

/// <summary>The JSON fields of a staging request, as sent (validated by <see cref="LetterStaging"/>).</summary>
public sealed record StagingRequest(
    string? To,
    IReadOnlyList<string>? Cc,
    string? CaseId,
    string? PracticeType,
    string? Utility,
    string? ServiceType,
    string? Topic,
    string? SubTopic,
    string? CustomerName,
    string? SupplyAddress,
    int? TermWorkingDays,
    bool? SpecialProcedure,
    string? Sector);
