namespace Portale.Core.Letters;

/// <summary>The Sportello classifies a company's answer (Completezza Risposta, manual 6.5.1).</summary>
public sealed class AnswerClassification(LetterUpdates updates, TimeProvider clock)
{
    public Task<Letter> ClassifyAsync(
        string companyId, string name, string? completeness, CancellationToken cancellationToken) =>
        updates.ApplyAsync(companyId, name, l =>
        {
            var value = AnswerCompleteness.Check(l, completeness);
            return value == l.Completeness ? null : l with { Completeness = value, ClassifiedAt = clock.GetUtcNow() };
        }, cancellationToken);
}
