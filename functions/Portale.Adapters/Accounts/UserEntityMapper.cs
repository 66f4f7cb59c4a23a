using Azure;

namespace Portale.Adapters.Accounts;

/// <summary>One row per account: PartitionKey = user id (username in lower case), RowKey empty.</summary>
internal static class UserEntityMapper
{
    public static TableEntity ToEntity(UserAccount u)
    {
        var e = TableRows.Of(u.Id, string.Empty, new
        {
            u.Username, u.FirstName, u.LastName, u.Email, EmailKey = EmailKey(u.Email),
            BirthDate = u.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Sex = u.Sex.ToString(), u.BirthplaceCode, u.FiscalCode, u.Mobile, u.Landline, u.HowHeard, u.CreatedAt,
            Status = u.Status.ToString(), u.Locked, u.FailedOtpAttempts, u.PasswordHash,
            RecentPasswordHashes = string.Join('|', u.RecentPasswordHashes), u.PasswordChangedAt,
            u.TemporaryPasswordHash, u.TemporaryPasswordExpiresAt, u.LastRecoveryAt,
            u.LastActivityAt, u.VideoIdentified, u.MobileChangeRequired, u.MobileChangeRequestedAt,
            u.MobileChangeCleared, u.MobileVerified,
        });
        if (u.Version is not null)
        {
            e.ETag = new ETag(u.Version);
        }
        return e;
    }

    public static UserAccount FromEntity(TableEntity e) => new()
    {
        Id = e.PartitionKey,
        Username = e.GetString("Username"),
        FirstName = e.GetString("FirstName"),
        LastName = e.GetString("LastName"),
        Email = e.GetString("Email"),
        BirthDate = DateOnly.ParseExact(
            e.GetString("BirthDate"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Sex = Enum.Parse<Sex>(e.GetString("Sex")),
        BirthplaceCode = e.GetString("BirthplaceCode"),
        FiscalCode = e.GetString("FiscalCode"),
        Mobile = e.GetString("Mobile"),
        Landline = e.GetString("Landline"),
        HowHeard = e.GetString("HowHeard"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt")!.Value,
        Status = Enum.Parse<AccountStatus>(e.GetString("Status")),
        Locked = e.GetBoolean("Locked") ?? false,
        FailedOtpAttempts = e.GetInt32("FailedOtpAttempts") ?? 0,
        PasswordHash = e.GetString("PasswordHash"),
        RecentPasswordHashes =
            (e.GetString("RecentPasswordHashes") ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries),
        PasswordChangedAt = e.GetDateTimeOffset("PasswordChangedAt"),
        TemporaryPasswordHash = e.GetString("TemporaryPasswordHash"),
        TemporaryPasswordExpiresAt = e.GetDateTimeOffset("TemporaryPasswordExpiresAt"),
        LastRecoveryAt = e.GetDateTimeOffset("LastRecoveryAt"),
        LastActivityAt = e.GetDateTimeOffset("LastActivityAt"),
        VideoIdentified = e.GetBoolean("VideoIdentified") ?? false,
        MobileChangeRequired = e.GetBoolean("MobileChangeRequired") ?? false,
        MobileChangeRequestedAt = e.GetDateTimeOffset("MobileChangeRequestedAt"),
        MobileChangeCleared = e.GetBoolean("MobileChangeCleared") ?? false,
        MobileVerified = e.GetBoolean("MobileVerified") ?? false,
        Version = e.ETag.ToString(),
    };

    public static string EmailKey(string email) => email.Trim().ToLowerInvariant();
}
