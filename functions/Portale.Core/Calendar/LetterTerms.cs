namespace Portale.Core.Calendar;

/// <summary>What the SLA rules need to know about a letter sent for an answer (a TO letter).</summary>
/// <param name="PublishedOn">Data Pubblicazione, Europe/Rome.</param>
/// <param name="TermWorkingDays">The response term set by the Sportello, in working days (at least 1).</param>
/// <param name="ExtensionWorkingDays">Granted proroga in working days; 0 when none was requested.</param>
/// <param name="IsSpecialProcedure">Whether the letter belongs to a "procedura speciale".</param>
public sealed record LetterTerms(
    DateOnly PublishedOn,
    int TermWorkingDays,
    int ExtensionWorkingDays = 0,
    bool IsSpecialProcedure = false)
{
    public int TermWorkingDays { get; init => field = Positive(value); } = Positive(TermWorkingDays);

    public int ExtensionWorkingDays { get; init => field = NotNegative(value); } = NotNegative(ExtensionWorkingDays);

    public bool IsExtended => ExtensionWorkingDays > 0;

    public int TotalWorkingDays => TermWorkingDays + ExtensionWorkingDays;

    private static int Positive(int term) => term > 0
        ? term
        : throw new ArgumentOutOfRangeException(nameof(TermWorkingDays), term, "The response term must be at least " +
            "one working day.");

    private static int NotNegative(int extension) => extension >= 0
        ? extension
        : throw new ArgumentOutOfRangeException(nameof(ExtensionWorkingDays), extension, "An extension cannot be " +
            "negative.");
}
