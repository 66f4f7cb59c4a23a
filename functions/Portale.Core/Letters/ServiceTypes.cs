namespace Portale.Core.Letters;

/// <summary>Wire codes and the labels the manual shows for <see cref="ServiceType"/>.</summary>
public static class ServiceTypes
{
    private static readonly (ServiceType Type, string Code, string Label)[] All =
    [
        (ServiceType.Electricity, "elettrico", "Elettrico"),
        (ServiceType.Gas, "gas", "Gas"),
        (ServiceType.DualFuel, "dual-fuel", "Ele e Gas"),
        (ServiceType.Water, "idrico", "Idrico"),
        (ServiceType.DistrictHeating, "telecalore", "Telecalore"),
    ];

    public static string Codes => string.Join(", ", All.Select(a => a.Code));

    public static string CodeOf(ServiceType type) => All.First(a => a.Type == type).Code;

    public static string LabelOf(ServiceType type) => All.First(a => a.Type == type).Label;

    public static bool TryParse(string? code, out ServiceType type)
    {
        foreach (var a in All)
        {
            if (string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                type = a.Type;
                return true;
            }
        }
        type = default;
        return false;
    }

    public static Sector SectorOf(ServiceType type) => type == ServiceType.Water ? Sector.Water : Sector.Energy;
}
