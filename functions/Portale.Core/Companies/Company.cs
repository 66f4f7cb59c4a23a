namespace Portale.Core.Companies;

/// <summary>An esercente/gestore the Sportello writes to.</summary>
public sealed record Company(
    string Id, string Name, string VatNumber, string PecAddress, IReadOnlyList<Sector> Sectors);
