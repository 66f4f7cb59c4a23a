namespace Portale.Core.Letters;

/// <summary>Read-modify-write of letters with optimistic concurrency: on a conflict, read again and redo.</summary>
public sealed class LetterUpdates(ILetterStore store, LetterReader reader)
{
    private const int Attempts = 5;

    /// <summary>Applies <paramref name="change"/> (null = leave as is) to the named letters and returns them as stored.</summary>
    public async Task<IReadOnlyList<Letter>> ApplyAsync(
        string companyId, IReadOnlyList<string> names, Func<Letter, Letter?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var letters = await reader.GetManyAsync(companyId, names, cancellationToken);
            var changes = letters.Select(l => (Before: l, After: change(l))).ToList();
            var writes = changes.Where(c => c.After is not null).Select(c => new LetterChange(c.Before, c.After!)).ToList();
            try
            {
                if (writes.Count > 0)
                {
                    await store.UpdateAsync(companyId, writes, cancellationToken);
                }
                return changes.Select(c => c.After ?? c.Before).ToList();
            }
            catch (LetterConflictException) when (attempt < Attempts)
            {
                await Task.Delay(Random.Shared.Next(10, 50 * attempt), cancellationToken);
            }
        }
    }

    public async Task<Letter> ApplyAsync(string companyId, string name, Func<Letter, Letter?> change, CancellationToken cancellationToken) =>
        (await ApplyAsync(companyId, [name], change, cancellationToken))[0];
}
