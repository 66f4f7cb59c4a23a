namespace Portale.Core.Accounts.Enablements;

/// <summary>
/// One recorded enablement or disablement of a user for a company, with the signed modulo it was made on
/// (stored at <see cref="EnablementModuli.PathOf"/>) and who recorded it when. Never changed once written.
/// </summary>
public sealed record Enablement(
    string Id,
    string CompanyId,
    string Username,
    EnablementAction Action,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    string? Note,
    string ModuloName,
    string ModuloHash);
