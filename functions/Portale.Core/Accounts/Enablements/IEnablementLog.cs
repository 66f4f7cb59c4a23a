namespace Portale.Core.Accounts.Enablements;

/// <summary>
/// The history of a company's enablements and its current referents, kept together so that a record
/// and the referent it makes (or removes) are written at once.
/// </summary>
public interface IEnablementLog
{
    /// <summary>Appends the record and, in the same write, adds or removes the referent <paramref name="userId"/>.</summary>
    Task RecordAsync(Enablement enablement, string userId, CancellationToken cancellationToken);

    /// <summary>The company's records newest first, after the id <paramref name="after"/>.</summary>
    Task<KeyedPage<Enablement>> PageAsync(
        string companyId, string? after, int take, CancellationToken cancellationToken);

    Task<int> CountAsync(string companyId, CancellationToken cancellationToken);

    Task<Enablement?> FindAsync(string companyId, string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Referent>> ReferentsAsync(string companyId, CancellationToken cancellationToken);
}
