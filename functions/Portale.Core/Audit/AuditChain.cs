using System.Text.Json;

namespace Portale.Core.Audit;

/// <summary>
/// The hash chain of a day's audit records: each record's hash is the SHA-256 (<see cref="DocumentHash"/>)
/// of its canonical form, which includes the previous record's hash. Changing, removing or inserting a
/// record breaks the chain from there on; <see cref="FirstBroken"/> says where.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of a day's first record.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The record as the next one in the day: numbered after, and chained to, <paramref name="previous"/>.</summary>
    public static AuditRecord Link(AuditRecord record, AuditRecord? previous)
    {
        var linked = record with
        {
            Sequence = (previous?.Sequence ?? 0) + 1,
            PreviousHash = previous?.Hash ?? Genesis,
        };
        return linked with { Hash = HashOf(linked) };
    }

    public static string HashOf(AuditRecord r) => DocumentHash.Of(JsonSerializer.SerializeToUtf8Bytes(new object?[]
    {
        r.Sequence,
        r.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        r.Actor.Name, r.Actor.Id, r.Actor.IsApplication, r.Actor.Roles.Order(StringComparer.Ordinal).ToArray(),
        r.Actor.Address, r.Action, r.Target, r.Outcome.ToString(),
        r.Details.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new[] { d.Key, d.Value }).ToArray(),
        r.PreviousHash,
    }));

    /// <summary>
    /// Checks a day's records, in sequence order: numbered 1, 2, 3… without gaps, each chained to the one
    /// before and matching its own hash. The sequence of the first record that does not, or null.
    /// </summary>
    public static long? FirstBroken(IReadOnlyList<AuditRecord> records)
    {
        AuditRecord? previous = null;
        foreach (var r in records.OrderBy(r => r.Sequence))
        {
            var expectedPrevious = previous?.Hash ?? Genesis;
            if (r.Sequence != (previous?.Sequence ?? 0) + 1 || r.PreviousHash != expectedPrevious || r.Hash != HashOf(r))
            {
                return r.Sequence;
            }
            previous = r;
        }
        return null;
    }
}
