namespace Portale.Functions.BackOffice;

/// <summary>A company as the back office lists and saves it; sectors by their API names.</summary>
public sealed record CompanyJson(
    string Id,
    string Name,
    string VatNumber,
    string PecAddress,
    IReadOnlyList<string> Sectors)
{
    public static CompanyJson From(Company c) =>
        new(c.Id, c.Name, c.VatNumber, c.PecAddress, c.Sectors.Select(SectorNames.Of).ToList());
}
