using Portale.Core.Accounts;
using Portale.Core.Accounts.Passwords;
using Portale.Core.Accounts.Search;
using Portale.Core.Accounts.Users;

namespace Portale.LocalHost.Demo;

/// <summary>
/// The demo operator account of a local run: sign in as <see cref="Username"/> / <see cref="Password"/>;
/// the OTP arrives in the development outbox (GET /api/dev/outbox).
/// </summary>
public sealed class DemoOperator(
    IUserStore users, IUserSearchIndex index, IMobileRegistry mobiles, PasswordHasher hasher, TimeProvider clock, ILogger<DemoOperator> logger)
{
    public const string Username = "demo.operatore";
    public const string Password = "Sportello#2026";
    public const string Mobile = "+393330000001";
    public const string FiscalCode = "RSSMRA85T10A562S";

    public static string UserId => UserIds.From(Username)!;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = hasher.Hash(Password);
        var account = new UserAccount
        {
            Id = UserIds.From(Username)!,
            Username = Username,
            FirstName = "Mario",
            LastName = "Rossi",
            Email = "demo.operatore@example.com",
            BirthDate = new DateOnly(1985, 12, 10),
            Sex = Sex.M,
            BirthplaceCode = "A562",
            FiscalCode = FiscalCode,
            Mobile = Mobile,
            HowHeard = "Altro",
            CreatedAt = now,
            Status = AccountStatus.Active,
            PasswordHash = hash,
            RecentPasswordHashes = [hash],
            PasswordChangedAt = now,
            LastActivityAt = now,
            MobileVerified = true,
        };
        var created = await users.TryCreateAsync(account, cancellationToken);
        await index.IndexAsync(account, cancellationToken);
        await mobiles.TryClaimAsync(Mobile, FiscalCode, cancellationToken);
        logger.LogInformation("Demo operator {Username} / {Password} {State}; the OTP is in GET /api/dev/outbox",
            Username, Password, created ? "created" : "already present");
    }
}
