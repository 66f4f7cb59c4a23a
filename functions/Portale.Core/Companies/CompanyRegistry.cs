using System.Net.Mail;

namespace Portale.Core.Companies;

/// <summary>The back office's company register: validates and saves esercenti/gestori.</summary>
public sealed partial class CompanyRegistry(ICompanyDirectory directory, ICompanyDashboards dashboards)
{
    public async Task<Company> SaveAsync(
        string companyId, string? name, string? vatNumber, string? pecAddress, IReadOnlyList<string>? sectors,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!IdPattern().IsMatch(companyId))
        {
            errors.Add("companyId", "Identificativo della società non valido: 2–64 caratteri tra lettere minuscole, " +
                "cifre e trattini.");
        }
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            errors.Add("name", "Indicare la ragione sociale della società (massimo 200 caratteri).");
        }
        if (!VatNumber.IsValid(vatNumber))
        {
            errors.Add(
                "vatNumber", "La partita IVA non è valida: servono 11 cifre con la cifra di controllo corretta.");
        }
        if (!MailAddress.TryCreate(pecAddress, out _))
        {
            errors.Add("pecAddress", "Indicare un indirizzo PEC valido.");
        }
        var parsedSectors = new List<Sector>();
        foreach (var sector in sectors ?? [])
        {
            if (SectorNames.TryParse(sector, out var s)) { parsedSectors.Add(s); }
            else { errors.Add("sectors", $"Settore '{sector}' non valido: valori ammessi energy, water."); }
        }
        if (parsedSectors.Count == 0 && (sectors ?? []).Count == 0)
        {
            errors.Add("sectors", "Indicare almeno un settore (energy, water).");
        }
        errors.ThrowIfAny();
        var company =
            new Company(companyId, name!.Trim(), vatNumber!, pecAddress!.Trim(), parsedSectors.Distinct().ToList());
        await directory.SaveAsync(company, cancellationToken);
        // A new company appears on the dashboard at once; a renamed one shows its new name.
        await dashboards.RefreshAsync(company.Id, cancellationToken);
        return company;
    }

    public async Task<Company> GetAsync(string companyId, CancellationToken cancellationToken) =>
        await directory.FindAsync(companyId, cancellationToken) ?? throw RefusalException.NotFound();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex IdPattern();
}
