namespace Portale.Core.Letters;

/// <summary>Proroga (manual 6.2.1), once per letter, for letters in "Lettere scaricate da lavorare".</summary>
public sealed class LetterExtensions(LetterUpdates updates, TimeProvider clock)
{
    public Task<Letter> GrantAsync(
        string companyId, string name, int? days, OperatorPrincipal user, CancellationToken cancellationToken)
    {
        if (days is null)
        {
            throw RefusalException.Field("extension-days-required", "days", "Selezionare il numero di giorni di " +
                "proroga.");
        }
        return updates.ApplyAsync(companyId, name, letter =>
        {
            if (letter.Section != Section.ToWork)
            {
                throw RefusalException.Conflict("extension-not-available",
                    "La proroga può essere richiesta solo per le lettere scaricate da lavorare.");
            }
            if (ExtensionPolicy.Check(letter.Terms, days.Value) is { } refusal)
            {
                throw Refusal(refusal);
            }
            return letter with
            {
                ExtensionWorkingDays = days.Value,
                Extension = new ExtensionGrant(clock.GetUtcNow(), user.Username),
            };
        }, cancellationToken);
    }

    private static RefusalException Refusal(ExtensionRefusal refusal) => refusal switch
    {
        ExtensionRefusal.OutOfRange =>
            RefusalException.Field("extension-days-out-of-range", "days", RefusalMessages.For(refusal)),
        ExtensionRefusal.AlreadyExtended =>
            RefusalException.Conflict("extension-already-granted", RefusalMessages.For(refusal)),
        ExtensionRefusal.SpecialProcedure =>
            RefusalException.Conflict("extension-special-procedure", RefusalMessages.For(refusal)),
        ExtensionRefusal.PublishedBefore2025 =>
            RefusalException.Conflict("extension-before-2025", RefusalMessages.For(refusal)),
        _ => RefusalException.Conflict("extension-term-at-maximum", RefusalMessages.For(refusal)),
    };
}
