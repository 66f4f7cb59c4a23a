using System.Runtime.CompilerServices;

namespace Portale.Adapters.Letters;

/// <summary>The main rows <c>l_…</c> of a company's partition of <c>companyletters</c>: each letter once.</summary>
public sealed class TableCompanyLetterScan(StorageClients clients)
    : TableAdapter(clients, StorageNames.CompanyLettersTable), ICompanyLetterScan
{
    public async IAsyncEnumerable<Letter> ReadAllAsync(
        string companyId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId))
        {
            yield break;
        }
        var prefix = LetterKeys.Main("");
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey ge {prefix} and RowKey lt {LetterKeys.End(prefix)}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            yield return LetterEntities.FromEntity(e);
        }
    }
}
