namespace Portale.Core.Accounts.Users;

/// <summary>Which codice fiscale each mobile number belongs to: one number never serves two codici fiscali.</summary>
public interface IMobileRegistry
{
    /// <summary>The codice fiscale holding the number, or null when it is free.</summary>
    Task<string?> HolderAsync(string mobile, CancellationToken cancellationToken);

    /// <summary>Claims the number for the codice fiscale; false when another one holds it.</summary>
    Task<bool> TryClaimAsync(string mobile, string fiscalCode, CancellationToken cancellationToken);

    /// <summary>Frees the number if <paramref name="fiscalCode"/> holds it (a registration never confirmed).</summary>
    /// <returns>False when the number was free or another codice fiscale's.</returns>
    Task<bool> ReleaseAsync(string mobile, string fiscalCode, CancellationToken cancellationToken);
}
