namespace Portale.Adapters.Storage;

/// <summary>
/// What one kind of storage operation cost: requests sent (each retry counts), entities returned by table
/// reads, and bytes sent and received (bodies).
/// </summary>
public sealed record StorageOperationCost(string Operation, long Requests, long Entities, long BytesSent, long BytesReceived)
{
    public StorageOperationCost Minus(StorageOperationCost? earlier) => earlier is null ? this : this with
    {
        Requests = Requests - earlier.Requests,
        Entities = Entities - earlier.Entities,
        BytesSent = BytesSent - earlier.BytesSent,
        BytesReceived = BytesReceived - earlier.BytesReceived,
    };
}
