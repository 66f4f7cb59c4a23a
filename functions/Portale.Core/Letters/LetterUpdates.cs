namespace Portale.Core.Letters;

/// <summary>Read-modify-write of letters with optimistic concurrency: on a conflict, read again and redo.</summary>
public sealed class LetterUpdates(ILetterStore store, LetterReader reader)
{
    /// <summary>
    /// Applies <paramref name="change"/> (null = leave as is) to the named letters and returns them as stored.
    /// </summary>
    public Task<IReadOnlyList<Letter>> ApplyAsync(
        string companyId, IReadOnlyList<string> names, Func<Letter, Letter?> change,
        CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync<IReadOnlyList<Letter>>(async () =>
        {
            var letters = await reader.GetManyAsync(companyId, names, cancellationToken);
            var changes = letters.Select(l => (Before: l, After: change(l))).ToList();
            var writes =
                changes.Where(c => c.After is not null).Select(c => new LetterChange(c.Before, c.After!)).ToList();
            if (writes.Count > 0)
            {
                await store.UpdateAsync(companyId, writes, cancellationToken);
            }
            return changes.Select(c => c.After ?? c.Before).ToList();
        }, cancellationToken);

    public async Task<Letter> ApplyAsync(
        string companyId, string name, Func<Letter, Letter?> change, CancellationToken cancellationToken) =>
        (await ApplyAsync(companyId, [name], change, cancellationToken))[0];
}
