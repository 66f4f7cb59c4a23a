namespace Portale.Core.Letters;

/// <summary>Tipo Servizio.</summary>
public enum ServiceType
{
    Electricity,
    Gas,
    DualFuel,
    Water,
    DistrictHeating,
}
