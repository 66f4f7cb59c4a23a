namespace Portale.Functions.Security;

/// <summary>The app roles of the Entra ID app registration for Sportello staff.</summary>
public static class StaffRoles
{
    /// <summary>Publishes letters and reminders, manages companies, enablements and notices.</summary>
    public const string BackOffice = "BackOffice";

    /// <summary>Unlocks and reactivates operator accounts.</summary>
    public const string HelpDesk = "HelpDesk";
}
