namespace Portale.Core.Accounts.Search;

/// <summary>A company a user is enabled for, by id and name (its id where the register no longer has it).</summary>
public sealed record EnabledCompany(string Id, string Name);
