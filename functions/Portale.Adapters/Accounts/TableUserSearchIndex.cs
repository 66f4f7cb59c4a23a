namespace Portale.Adapters.Accounts;

/// <summary>
/// The terms of <see cref="UserSearchTerms"/> as rows of <c>usersearch</c>: PartitionKey = the term's first
/// character, RowKey = the term (characters keys cannot hold as '_') + '|' + user id, column UserId. A
/// prefix is one range read of one partition, the ids only; docs/decisions/0018.
/// </summary>
public sealed class TableUserSearchIndex(StorageClients clients)
    : TableAdapter(clients, StorageNames.UserSearchTable), IUserSearchIndex
{
    private const int MaxTermLength = 200;

    public async Task IndexAsync(UserAccount user, CancellationToken cancellationToken)
    {
        foreach (var term in UserSearchTerms.Of(user))
        {
            var key = Key(term);
            await Table.UpsertEntityAsync(TableRows.Of(Partition(key), $"{key}|{user.Id}", new { UserId = user.Id }),
                TableUpdateMode.Replace, cancellationToken);
        }
    }

    public async Task RemoveAsync(UserAccount user, UserAccount? kept, CancellationToken cancellationToken)
    {
        var keep = kept is null ? [] : UserSearchTerms.Of(kept).Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in UserSearchTerms.Of(user).Select(Key).Where(k => !keep.Contains(k)))
        {
            await Table.DeleteIfExistsAsync(Partition(key), $"{key}|{user.Id}", cancellationToken);
        }
    }

    public async Task<IReadOnlyList<string>> MatchAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        var key = Key(prefix);
        var upper = key[..^1] + (char)(key[^1] + 1);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition(key)} and RowKey ge {key} and RowKey lt {upper}");
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync<TableEntity>(
            filter, maxPerPage: 1000, select: ["UserId"], cancellationToken: cancellationToken))
        {
            ids.Add(row.GetString("UserId"));
            if (ids.Count > limit)
            {
                break;
            }
        }
        return [.. ids];
    }

    private static string Key(string term)
    {
        var safe = new string([.. term.Select(c => c is '/' or '\\' or '#' or '?' or '|' || char.IsControl(c) ? '_' : c)]);
        return safe.Length > MaxTermLength ? safe[..MaxTermLength] : safe;
    }

    private static string Partition(string key) => key[..1];
}
