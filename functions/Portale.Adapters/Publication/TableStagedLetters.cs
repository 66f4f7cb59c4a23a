using Azure;
using Azure.Data.Tables;
using Portale.Adapters.Letters;
using Portale.Adapters.Storage;
using Portale.Core.Letters;
using Portale.Core.Publication;

namespace Portale.Adapters.Publication;

/// <summary>
/// Table <c>stagedletters</c>: partition <c>pending</c> holds what the next nightly loading publishes,
/// partition <c>published</c> what it did (so a name can never be staged twice).
/// </summary>
public sealed class TableStagedLetters(StorageClients clients) : IStagedLetters
{
    private const string Pending = "pending";
    private const string Published = "published";

    private TableClient Table => clients.Table(StorageNames.StagedLettersTable);

    public async Task<bool> IsKnownAsync(string name, CancellationToken cancellationToken) =>
        (await Table.GetEntityIfExistsAsync<TableEntity>(Pending, name, select: ["RowKey"], cancellationToken: cancellationToken)).HasValue
        || (await Table.GetEntityIfExistsAsync<TableEntity>(Published, name, select: ["RowKey"], cancellationToken: cancellationToken)).HasValue;

    public async Task<StagedLetter?> FindPublishedAsync(string name, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(name))
        {
            return null;
        }
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(Published, name, cancellationToken: cancellationToken);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    public async Task<bool> TryAddAsync(StagedLetter letter, CancellationToken cancellationToken)
    {
        if ((await Table.GetEntityIfExistsAsync<TableEntity>(Published, letter.Name, select: ["RowKey"], cancellationToken: cancellationToken)).HasValue)
        {
            return false;
        }
        try
        {
            await Table.AddEntityAsync(ToEntity(letter, Pending), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<StagedLetter>> PendingAsync(CancellationToken cancellationToken)
    {
        var letters = new List<StagedLetter>();
        await foreach (var e in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Pending, cancellationToken: cancellationToken))
        {
            letters.Add(FromEntity(e));
        }
        return letters;
    }

    public async Task MarkPublishedAsync(IReadOnlyList<StagedLetter> letters, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        foreach (var chunk in letters.Chunk(100))
        {
            await Table.SubmitTransactionAsync(chunk.Select(l =>
            {
                var e = ToEntity(l, Published);
                e["PublishedAt"] = publishedAt;
                return new TableTransactionAction(TableTransactionActionType.UpsertReplace, e);
            }), cancellationToken);
            try
            {
                await Table.SubmitTransactionAsync(chunk.Select(l =>
                    new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(Pending, l.Name), ETag.All)), cancellationToken);
            }
            catch (TableTransactionFailedException)
            {
                // One was already removed by an earlier, interrupted run: remove the rest one by one.
                foreach (var l in chunk)
                {
                    try
                    {
                        await Table.DeleteEntityAsync(Pending, l.Name, ETag.All, cancellationToken);
                    }
                    catch (RequestFailedException ex) when (ex.Status == 404)
                    {
                    }
                }
            }
        }
    }

    private static TableEntity ToEntity(StagedLetter l, string partition)
    {
        var e = new TableEntity(partition, l.Name)
        {
            ["To"] = l.To,
            ["Cc"] = string.Join(',', l.Cc),
            ["Hash"] = l.Hash,
            ["StagedAt"] = l.StagedAt,
            ["StagedBy"] = l.StagedBy,
        };
        LetterFieldColumns.Write(e, l.Fields);
        return e;
    }

    private static StagedLetter FromEntity(TableEntity e) => new(
        e.RowKey,
        e.GetString("To"),
        e.GetString("Cc").Split(',', StringSplitOptions.RemoveEmptyEntries),
        LetterFieldColumns.Read(e),
        e.GetString("Hash"),
        e.GetDateTimeOffset("StagedAt") ?? default,
        e.GetString("StagedBy"));
}
