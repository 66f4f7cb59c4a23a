namespace Portale.Core.Accounts.Enablements;

/// <summary>A company's referent as the staff see them: the account's summary and the enablement.</summary>
public sealed record ReferentSummary(UserSummary User, Referent Referent);
