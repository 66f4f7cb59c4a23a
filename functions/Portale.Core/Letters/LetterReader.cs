namespace Portale.Core.Letters;

/// <summary>Reads a company's letters the operator may see: in its own partition and still online.</summary>
public sealed class LetterReader(ILetterStore store, TimeProvider clock)
{
    public async Task<Letter> GetAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        var canonical = LetterNames.Canonical(name) ?? throw RefusalException.NotFound();
        var letter = await store.FindAsync(companyId, canonical, cancellationToken);
        return letter is not null
            && letter.IsOnline(RomeTime.Today(clock)) ? letter : throw RefusalException.NotFound();
    }

    /// <summary>
    /// All the named letters, in the order asked, or not found if any one is missing: nothing partial.
    /// </summary>
    public async Task<IReadOnlyList<Letter>> GetManyAsync(
        string companyId, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var canonical =
            names.Select(n => LetterNames.Canonical(n) ?? throw RefusalException.NotFound()).Distinct().ToList();
        var found = await FindOnlineAsync(companyId, canonical, cancellationToken);
        return canonical.Select(n => found.TryGetValue(n, out var l) ? l : throw RefusalException.NotFound()).ToList();
    }

    /// <summary>The named letters the operator may see, by canonical name; the others are simply absent.</summary>
    public async Task<IReadOnlyDictionary<string, Letter>> FindOnlineAsync(
        string companyId, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var canonical = names.Select(LetterNames.Canonical).OfType<string>().Distinct().ToList();
        var today = RomeTime.Today(clock);
        return (await store.FindManyAsync(companyId, canonical, cancellationToken))
            .Where(l => l.IsOnline(today))
            .ToDictionary(l => l.Name);
    }
}
