namespace Portale.Adapters.Accounts;

/// <summary>Sign-ins in progress, one row per challenge id.</summary>
public sealed class TableSignInChallengeStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.SignInChallengesTable), ISignInChallengeStore
{
    public Task SaveAsync(SignInChallenge c, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(TableRows.Of(c.Id, string.Empty, new
        {
            c.UserId, Step = c.Step.ToString(), c.ExpiresAt, c.CodeHash, c.CodeExpiresAt, c.Resends, c.NewMobile,
            c.PasswordExpired, c.ViaTemporary, c.PendingPasswordHash,
        }), TableUpdateMode.Replace, cancellationToken);

    public async Task<SignInChallenge?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(id))
        {
            return null;
        }
        if (await Table.FindAsync(id, string.Empty, cancellationToken) is not { } e)
        {
            return null;
        }
        return new SignInChallenge(
            e.PartitionKey,
            e.GetString("UserId"),
            Enum.Parse<ChallengeStep>(e.GetString("Step")),
            e.GetDateTimeOffset("ExpiresAt")!.Value,
            e.GetString("CodeHash"),
            e.GetDateTimeOffset("CodeExpiresAt"),
            e.GetInt32("Resends") ?? 0,
            e.GetString("NewMobile"),
            e.GetBoolean("PasswordExpired") ?? false,
            e.GetBoolean("ViaTemporary") ?? false,
            e.GetString("PendingPasswordHash"));
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken) =>
        Table.DeleteIfExistsAsync(id, string.Empty, cancellationToken);

    public Task<int> PurgeAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken) =>
        Table.DeleteWhereAsync(TableClient.CreateQueryFilter($"ExpiresAt lt {expiredBefore}"), cancellationToken);
}
