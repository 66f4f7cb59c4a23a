namespace Portale.Adapters.Letters;

/// <summary>
/// How one kind of document (letter, sollecito) is written when it is published in its company's partition.
/// </summary>
/// <param name="CompanyOf">The partition it goes to.</param>
/// <param name="Rows">Its rows, each an Add: a row already there means it was published before.</param>
/// <param name="Counters">The counters it raises, and by how much.</param>
/// <param name="IsPublishedAsync">Whether it is already there (company, document).</param>
internal sealed record PublishedRows<T>(
    Func<T, string> CompanyOf,
    Func<T, IReadOnlyList<TableTransactionAction>> Rows,
    Func<T, IReadOnlyList<(string Key, int Delta)>> Counters,
    Func<string, T, CancellationToken, Task<bool>> IsPublishedAsync);
