using Portale.Core.Paging;
using Portale.Core.Publication;
using Portale.Core.Reminders;

namespace Portale.Core.Tests.Publication;

/// <summary>Staged rows by name, pending or published, as the table adapter keeps them.</summary>
public class InMemoryStagedDocuments<T> : IStagedDocuments<T>
    where T : IStagedDocument
{
    public Dictionary<string, T> Pending { get; } = [];

    public Dictionary<string, T> Published { get; } = [];

    /// <summary>A name another staging takes between the check and the add.</summary>
    public string? TakenMeanwhile { get; set; }

    public Task<bool> IsKnownAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(Pending.ContainsKey(name) || Published.ContainsKey(name));

    public Task<IReadOnlyList<T>> PendingAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<T>>(Pending.Values.ToList());

    public Task<KeyedPage<T>> PendingPageAsync(string? after, int take, CancellationToken cancellationToken)
    {
        var rest = Pending.Keys.Order(StringComparer.Ordinal)
            .Where(k => after is null || string.CompareOrdinal(k, after) > 0).ToList();
        var items = rest.Take(take).Select(k => Pending[k]).ToList();
        return Task.FromResult(new KeyedPage<T>(items, rest.Count > take ? items[^1].Name : null));
    }

    public Task<int> CountPendingAsync(CancellationToken cancellationToken) => Task.FromResult(Pending.Count);

    public Task<Withdrawal<T>> WithdrawAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(Pending.Remove(name, out var document)
            ? new Withdrawal<T>(WithdrawalOutcome.Withdrawn, document)
            : new Withdrawal<T>(Published.ContainsKey(name) ? WithdrawalOutcome.Published : WithdrawalOutcome.NotStaged, default));

    public Task MarkPublishedAsync(IReadOnlyList<T> documents, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        foreach (var d in documents)
        {
            Published[d.Name] = d;
            Pending.Remove(d.Name);
        }
        return Task.CompletedTask;
    }

    protected StagingOutcome Add(T document)
    {
        if (document.Name == TakenMeanwhile || Published.ContainsKey(document.Name) || !Pending.TryAdd(document.Name, document))
        {
            return StagingOutcome.NameTaken;
        }
        return StagingOutcome.Added;
    }
}

public sealed class InMemoryStagedLetters : InMemoryStagedDocuments<StagedLetter>, IStagedLetters
{
    public Task<StagedLetter?> FindPublishedAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(Published.GetValueOrDefault(name));

    public Task<StagingOutcome> TryAddAsync(StagedLetter letter, CancellationToken cancellationToken) =>
        Task.FromResult(Add(letter));
}

public sealed class InMemoryStagedReminders : InMemoryStagedDocuments<StagedReminder>, IStagedReminders
{
    private readonly HashSet<(string Letter, int Slot)> slots = [];

    public Task<IReadOnlyList<LetterReminder>> ForLetterAsync(string letterName, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LetterReminder>>(Pending.Values.Select(r => (r, false)).Concat(Published.Values.Select(r => (r, true)))
            .Where(x => x.r.LetterName == letterName)
            .Select(x => new LetterReminder(x.r.Name, x.r.StagedAt, x.Item2, x.r.StagedBy)).OrderBy(r => r.At).ToList());

    public async Task<StagingOutcome> TryAddAsync(StagedReminder reminder, int limit, CancellationToken cancellationToken)
    {
        for (var slot = 1; slot <= limit; slot++)
        {
            var outcome = await TryAddInSlotAsync(reminder, slot, cancellationToken);
            if (outcome != StagingOutcome.LimitReached)
            {
                return outcome;
            }
        }
        return StagingOutcome.LimitReached;
    }

    public Task<StagingOutcome> TryAddInSlotAsync(StagedReminder reminder, int slot, CancellationToken cancellationToken)
    {
        if (slots.Contains((reminder.LetterName, slot)))
        {
            return Task.FromResult(StagingOutcome.LimitReached);
        }
        var outcome = Add(reminder);
        if (outcome == StagingOutcome.Added)
        {
            slots.Add((reminder.LetterName, slot));
        }
        return Task.FromResult(outcome);
    }
}
