namespace Portale.Functions.BackOffice;

/// <summary>
/// <c>UserSummary</c> of the staff contract. <c>lastSignInAt</c> is the last sign-in, activation or
/// reactivation (the idle clock's start); <c>lockedUntil</c> is always null: a lock lasts until the help
/// desk unlocks it.
/// </summary>
public static class UserSummaryJson
{
    public static Dictionary<string, object?> From(UserSummary summary) => new()
    {
        ["username"] = summary.Account.Username,
        ["firstName"] = summary.Account.FirstName,
        ["lastName"] = summary.Account.LastName,
        ["fiscalCode"] = summary.Account.FiscalCode,
        ["email"] = summary.Account.Email,
        ["state"] = summary.State,
        ["passwordExpiresAt"] = summary.PasswordExpiresAt,
        ["lastSignInAt"] = summary.Account.LastActivityAt,
        ["companies"] = summary.Companies.Select(c => new { id = c.Id, name = c.Name }).ToList(),
    };

    public static Dictionary<string, object?> Detail(UserSummary summary)
    {
        var json = From(summary);
        json["lockedUntil"] = null;
        json["mobileMasked"] = Masked(summary.Account.Mobile);
        json["createdAt"] = summary.Account.CreatedAt;
        json["pendingMobileChange"] = summary.Account.MobileChangeRequired;
        return json;
    }

    public static Dictionary<string, object?> Referent(ReferentSummary referent)
    {
        var json = From(referent.User);
        json["enabledAt"] = referent.Referent.EnabledAt;
        json["enabledBy"] = referent.Referent.EnabledBy;
        json["enablementId"] = referent.Referent.EnablementId;
        return json;
    }

    /// <summary>The country code, the first three digits and the last two: enough to confirm on the phone.</summary>
    private static string Masked(string mobile) =>
        mobile.Length <= 8 ? new string('*', mobile.Length)
        : mobile[..6] + new string('*', mobile.Length - 8) + mobile[^2..];
}
