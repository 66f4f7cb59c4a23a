namespace Portale.Core.Accounts.Places;

public interface IPlaceLookup
{
    /// <summary>
    /// The place with this Belfiore (comune) or Z (foreign state) code as it was on the date, or null.
    /// </summary>
    Place? Lookup(string code, DateOnly on);
}
