namespace Portale.Core.Accounts.Places;

/// <summary>
/// One validity period of a comune or a foreign state (ANPR). A comune that changed name or
/// province has one Place per period, all with the same Belfiore code.
/// </summary>
/// <param name="Code">Belfiore code (comune) or Z code (foreign state): the one in the codice fiscale.</param>
/// <param name="ValidTo">Last day of validity, inclusive; null while still valid.</param>
public sealed record Place(
    PlaceKind Kind,
    string Code,
    string Name,
    string? AlternativeName,
    string? Province,
    string? Region,
    string? IsoAlpha3,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    bool Active)
{
    /// <summary>
    /// What the autocomplete shows: "ROMA (RM)", "ALBANIA (ALB)" (the manual's "sigla internazionale"),
    /// or a former comune or former name with its last year ("ABANO (PD) - fino al 1924").
    /// </summary>
    public string Label => Kind switch
    {
        PlaceKind.ForeignState => string.IsNullOrEmpty(IsoAlpha3) ? Name : $"{Name} ({IsoAlpha3})",
        _ when Active => WithProvince,
        _ => ValidTo is { } end
            ? string.Create(CultureInfo.InvariantCulture, $"{WithProvince} - fino al {end.Year}")
            : WithProvince,
    };

    public bool IsValidOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);

    private string WithProvince => string.IsNullOrEmpty(Province) ? Name : $"{Name} ({Province})";
}
