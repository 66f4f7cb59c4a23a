namespace Portale.Core.Calendar;

/// <summary>The Italian, user-facing wording of every refusal in this namespace.</summary>
public static class RefusalMessages
{
    public static string For(ExtensionRefusal refusal) => refusal switch
    {
        ExtensionRefusal.AlreadyExtended => "La proroga è già stata richiesta per questa lettera.",
        ExtensionRefusal.SpecialProcedure => "La proroga non è prevista per le lettere relative a procedure speciali.",
        ExtensionRefusal.PublishedBefore2025 =>
            "La proroga è prevista solo per le lettere pubblicate dal 1° gennaio 2025.",
        ExtensionRefusal.TermAtMaximum => "Il termine di risposta di questa lettera è già di 20 giorni lavorativi: " +
            "non è possibile richiedere una proroga.",
        ExtensionRefusal.OutOfRange => "Il numero di giorni di proroga selezionato non è valido: il termine " +
            "complessivo non può superare 20 giorni lavorativi.",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };

    public static string For(AnswerReplacementRefusal refusal) => refusal switch
    {
        AnswerReplacementRefusal.AlreadyReplaced =>
            "È già stata caricata una risposta ulteriore per questa lettera: non è possibile sostituirla di nuovo.",
        AnswerReplacementRefusal.WindowClosed => "Sono trascorse più di 72 ore dal caricamento della prima risposta: " +
            "per integrarla utilizzare la sezione Comunicazioni libere.",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };
}
