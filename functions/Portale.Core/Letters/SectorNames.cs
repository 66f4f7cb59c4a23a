namespace Portale.Core.Letters;

public static class SectorNames
{
    public static string Of(Sector sector) => sector == Sector.Water ? "water" : "energy";

    public static bool TryParse(string? text, out Sector sector)
    {
        switch (text?.ToLowerInvariant())
        {
            case "energy": sector = Sector.Energy; return true;
            case "water": sector = Sector.Water; return true;
            default: sector = default; return false;
        }
    }
}
