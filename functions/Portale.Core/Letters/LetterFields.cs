namespace Portale.Core.Letters;

/// <summary>What the Sportello sets on a letter when it stages it (SPEC "Letter fields").</summary>
public sealed record LetterFields(
    string CaseId,
    string PracticeType,
    string Utility,
    ServiceType ServiceType,
    string Topic,
    string SubTopic,
    string CustomerName,
    string SupplyAddress,
    int TermWorkingDays,
    bool IsSpecialProcedure,
    Sector Sector);
