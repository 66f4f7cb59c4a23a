namespace Portale.Functions.BackOffice;

public static class EnablementJson
{
    public static object From(Enablement e) => new
    {
        id = e.Id,
        companyId = e.CompanyId,
        username = e.Username,
        action = e.Action,
        recordedBy = e.RecordedBy,
        recordedAt = e.RecordedAt,
        note = e.Note,
        moduloName = e.ModuloName,
        moduloHash = e.ModuloHash,
    };
}
