namespace Portale.Functions.Security;

/// <summary>
/// The app roles of the Entra ID app registration for Sportello staff: their values are what the token's
/// <c>roles</c> claim carries, for people (user assignments) and for the Sportello's own systems (daemon
/// applications granted the role as an application permission, client-credentials tokens).
/// </summary>
public static class StaffRoles
{
    /// <summary>Publishes letters and reminders, manages companies, enablements and notices.</summary>
    public const string BackOffice = "BackOffice";

    /// <summary>Unlocks and reactivates operator accounts.</summary>
    public const string HelpDesk = "HelpDesk";

    /// <summary>Consultazione: reads what the staff routes show (letters, answers, feed, accounts), changes nothing.</summary>
    public const string ReadOnly = "ReadOnly";

    /// <summary>Every staff role: the routes that only read.</summary>
    public static readonly string[] Readers = [BackOffice, HelpDesk, ReadOnly];
}
