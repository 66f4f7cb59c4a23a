using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace Portale.LocalHost.Blobs;

/// <summary>
/// The local host's record of which blob versions each function has processed (the polling blob
/// trigger keeps the same kind of receipt), so a version is handled once even across restarts.
/// </summary>
public sealed class BlobReceipts(StorageClients clients)
{
    public const string TableName = "localhostblobreceipts";

    private TableClient Table => clients.Table(TableName);

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) =>
        Table.CreateIfNotExistsAsync(cancellationToken);

    public async Task<bool> HasAsync(
        string function, string container, string name, ETag etag, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(
            function, Key(container, name, etag), cancellationToken: cancellationToken);
        return found.HasValue;
    }

    public Task RecordAsync(
        string function, string container, string name, ETag etag, string outcome, CancellationToken cancellationToken)
    {
        var receipt = new TableEntity(function, Key(container, name, etag))
        {
            ["Blob"] = $"{container}/{name}",
            ["Outcome"] = outcome,
        };
        return Table.UpsertEntityAsync(receipt, TableUpdateMode.Replace, cancellationToken);
    }

    private static string Key(string container, string name, ETag etag) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{container}/{name}|{etag}")));
}
