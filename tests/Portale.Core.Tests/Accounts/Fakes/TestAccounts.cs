using Portale.Core.Accounts;
using Portale.Core.Accounts.Users;

namespace Portale.Core.Tests.Accounts.Fakes;

internal static class TestAccounts
{
    public static AccountSecrets Secrets { get; } = new(new byte[32]);

    public static UserAccount Active(string username, DateTimeOffset at) => new()
    {
        Id = username.ToLowerInvariant(),
        Username = username,
        FirstName = "Maria",
        LastName = "Rossi",
        Email = $"{username}@example.com",
        BirthDate = new DateOnly(1985, 12, 10),
        Sex = Sex.F,
        BirthplaceCode = "H501",
        FiscalCode = "RSSMRA85T50H501S",
        Mobile = "+393331234567",
        HowHeard = "Altro",
        CreatedAt = at,
        Status = AccountStatus.Active,
        PasswordHash = "x",
        PasswordChangedAt = at,
        LastActivityAt = at,
    };
}
