using Portale.Core.Companies;
using Portale.Core.Letters;

namespace Portale.Functions.Backoffice;

public sealed record CompanyJson(string Id, string Name, string VatNumber, string PecAddress, IReadOnlyList<string> Sectors)
{
    public static CompanyJson From(Company c) => new(c.Id, c.Name, c.VatNumber, c.PecAddress, c.Sectors.Select(SectorNames.Of).ToList());
}
