namespace Portale.Core.Calendar;

/// <summary>
/// Proroga (manual 6.2.1): for letters published from 1 January 2025 that are not "procedure
/// speciali" and whose term is under 20 working days, the operator may once add 1..(20 − term)
/// working days, so the total never exceeds 20.
/// </summary>
public static class ExtensionPolicy
{
    public const int MaxTotalWorkingDays = 20;

    public static readonly DateOnly FirstEligiblePublication = new(2025, 1, 1);

    public static ExtensionOptions Options(LetterTerms letter) =>
        RefusalFor(letter) is { } refusal
            ? new ExtensionOptions([], refusal)
            : new ExtensionOptions(Enumerable.Range(1, MaxTotalWorkingDays - letter.TermWorkingDays).ToArray(), null);

    /// <summary>Null when <paramref name="requestedDays"/> may be granted, else the reason it may not.</summary>
    public static ExtensionRefusal? Check(LetterTerms letter, int requestedDays) =>
        RefusalFor(letter) ?? (requestedDays < 1 || letter.TermWorkingDays + requestedDays > MaxTotalWorkingDays
            ? ExtensionRefusal.OutOfRange
            : null);

    private static ExtensionRefusal? RefusalFor(LetterTerms letter) => letter switch
    {
        { IsExtended: true } => ExtensionRefusal.AlreadyExtended,
        { IsSpecialProcedure: true } => ExtensionRefusal.SpecialProcedure,
        _ when letter.PublishedOn < FirstEligiblePublication => ExtensionRefusal.PublishedBefore2025,
        { TermWorkingDays: >= MaxTotalWorkingDays } => ExtensionRefusal.TermAtMaximum,
        _ => null,
    };
}
