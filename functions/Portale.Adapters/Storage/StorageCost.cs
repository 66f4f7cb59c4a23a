namespace Portale.Adapters.Storage;

/// <summary>
/// Storage requests by operation (<c>table:{name}:{query|point-read|insert|update|delete}</c>, <c>table:batch</c>,
/// <c>blob:{container}:{list|read|write|delete}</c>), as counted by <see cref="StorageCostMeter"/>.
/// </summary>
public sealed record StorageCost(IReadOnlyList<StorageOperationCost> Operations)
{
    public long Requests => Operations.Sum(o => o.Requests);

    /// <summary>Entities the table reads returned.</summary>
    public long Entities => Operations.Sum(o => o.Entities);

    public long BytesReceived => Operations.Sum(o => o.BytesReceived);

    public long BytesSent => Operations.Sum(o => o.BytesSent);

    /// <summary>What was spent after <paramref name="earlier"/> (a snapshot of the same meter).</summary>
    public StorageCost Since(StorageCost earlier)
    {
        var before = earlier.Operations.ToDictionary(o => o.Operation, StringComparer.Ordinal);
        return new StorageCost(
        [
            .. Operations.Select(o => o.Minus(before.GetValueOrDefault(o.Operation))).Where(o => o.Requests > 0),
        ]);
    }

    /// <summary>Only the operations whose name starts with <paramref name="prefix"/> (e.g. <c>table:</c>).</summary>
    public StorageCost Of(string prefix) =>
        new([.. Operations.Where(o => o.Operation.StartsWith(prefix, StringComparison.Ordinal))]);

    public override string ToString() =>
        string.Join("; ", Operations.Select(o => $"{o.Operation} {o.Requests} req {o.Entities} ent"));
}
