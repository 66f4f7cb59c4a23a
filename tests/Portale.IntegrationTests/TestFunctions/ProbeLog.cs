using Azure.Data.Tables;
using Portale.Adapters.Storage;

namespace Portale.IntegrationTests.TestFunctions;

/// <summary>Where the test-only functions leave evidence of each run: a table in the same Azurite.</summary>
public sealed class ProbeLog(StorageClients clients)
{
    public const string TableName = "localhostprobes";

    private TableClient Table => clients.Table(TableName);

    public async Task RecordAsync(string function, string subject, string detail)
    {
        await Table.CreateIfNotExistsAsync();
        await Table.AddEntityAsync(new TableEntity(function, Guid.NewGuid().ToString("N")) { ["Subject"] = subject, ["Detail"] = detail });
    }

    public async Task<List<(string Subject, string Detail)>> ReadAsync(string function)
    {
        await Table.CreateIfNotExistsAsync();
        var rows = new List<(string, string)>();
        await foreach (var e in Table.QueryAsync<TableEntity>(e => e.PartitionKey == function))
        {
            rows.Add((e.GetString("Subject"), e.GetString("Detail")));
        }
        return rows;
    }
}
