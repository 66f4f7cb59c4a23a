using Azure;
using Portale.Adapters.Letters;

namespace Portale.Adapters.Publication;

/// <summary>
/// Staged letters in table <c>stagedletters</c>: partition <c>pending</c> holds what the next nightly
/// loading publishes, partition <c>published</c> what it did (so a name can never be staged twice).
/// </summary>
public sealed class TableStagedLetters(StorageClients clients)
    : TableStagedDocuments<StagedLetter>(clients, "pending", "published"), IStagedLetters
{
    public async Task<StagedLetter?> FindPublishedAsync(string name, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(name))
        {
            return null;
        }
        return await Table.FindAsync(Published, name, cancellationToken) is { } e ? FromEntity(e) : null;
    }

    public async Task<StagingOutcome> TryAddAsync(StagedLetter letter, CancellationToken cancellationToken)
    {
        if (await Table.ExistsAsync(Published, letter.Name, cancellationToken))
        {
            return StagingOutcome.NameTaken;
        }
        try
        {
            await Table.AddEntityAsync(ToEntity(letter, Pending), cancellationToken);
            return StagingOutcome.Added;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return StagingOutcome.NameTaken;
        }
    }

    protected override TableEntity ToEntity(StagedLetter l, string partition)
    {
        var e = TableRows.Of(partition, l.Name, new
        {
            l.To, Cc = string.Join(',', l.Cc), l.Hash, l.StagedAt, l.StagedBy,
        });
        LetterFieldColumns.Write(e, l.Fields);
        return e;
    }

    protected override StagedLetter FromEntity(TableEntity e) => new(
        e.RowKey,
        e.GetString("To"),
        e.GetString("Cc").Split(',', StringSplitOptions.RemoveEmptyEntries),
        LetterFieldColumns.Read(e),
        e.GetString("Hash"),
        e.GetDateTimeOffset("StagedAt") ?? default,
        e.GetString("StagedBy"));
}
