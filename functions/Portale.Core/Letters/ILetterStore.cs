namespace Portale.Core.Letters;

/// <summary>
/// Letters per company. Every read and write is confined to one company's partition: a name that
/// belongs to another company is simply not found.
/// </summary>
public interface ILetterStore
{
    Task<Letter?> FindAsync(string companyId, string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<Letter>> FindManyAsync(
        string companyId, IReadOnlyCollection<string> names, CancellationToken cancellationToken);

    /// <summary>
    /// Newest first, from the section index, with the type/recipient filters and online on <paramref name="today"/>.
    /// </summary>
    Task<KeyedPage<Letter>> ReadNewestFirstAsync(
        string companyId, Section section, LetterFilter filter, DateOnly today, string? after, int take,
        CancellationToken cancellationToken);

    /// <summary>
    /// Every online letter of a section matching the type/recipient filters (for free text and other sorts).
    /// </summary>
    IAsyncEnumerable<Letter> ReadSectionAsync(
        string companyId, Section section, LetterFilter filter, DateOnly today, CancellationToken cancellationToken);

    /// <summary>How many online letters a section holds for the type/recipient filters, from counters.</summary>
    Task<int> CountAsync(
        string companyId, Section section, LetterFilter filter, DateOnly today, CancellationToken cancellationToken);

    /// <summary>
    /// The letters whose due index row for <paramref name="rule"/> falls on or before
    /// <paramref name="through"/> (<see cref="LetterDueDays"/>), earliest first; read from the index, so
    /// their <see cref="Letter.Version"/> is not the main row's: change them through <see cref="LetterUpdates"/>.
    /// </summary>
    IAsyncEnumerable<Letter> ReadDueAsync(
        string companyId, LetterTimeRule rule, DateOnly through, CancellationToken cancellationToken);

    /// <summary>Adds letters, grouped by company in batches; letters already there are left as they are.</summary>
    Task PublishAsync(IReadOnlyList<Letter> letters, CancellationToken cancellationToken);

    /// <summary>
    /// Writes changed letters of one company; throws
    /// <see cref="Concurrency.ConcurrencyConflictException"/> if one changed meanwhile.
    /// </summary>
    Task UpdateAsync(string companyId, IReadOnlyList<LetterChange> changes, CancellationToken cancellationToken);
}
