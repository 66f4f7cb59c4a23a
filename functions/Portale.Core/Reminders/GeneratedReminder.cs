namespace Portale.Core.Reminders;

/// <summary>A sollecito the portal writes itself (<see cref="AutomaticReminders"/>): what its PDF says.</summary>
/// <param name="Ordinal">1 for the first sollecito of the letter, 2 for the second (water only).</param>
/// <param name="Limit">The sector's limit: 1 energy, 2 water.</param>
public sealed record GeneratedReminder(
    string Name, Company Company, Letter Letter, DateOnly Deadline, int Ordinal, int Limit, DateOnly Day)
{
    /// <summary>The PDF's text, line by line: the heading first.</summary>
    public IReadOnlyList<string> Lines()
    {
        var rule = Letter.Fields.Sector == Sector.Water
            ? $"Settore idrico: sono previsti al massimo due solleciti per lettera; questo è il sollecito n. {Ordinal} " +
                $"di {Limit}."
            : "Settore energetico: è previsto un solo sollecito per lettera. La risposta non pervenuta entro il " +
                "quindicesimo giorno lavorativo successivo alla scadenza sarà classificata «assente».";
        return
        [
            $"SOLLECITO {Name}",
            "Sportello per il consumatore Energia e Ambiente",
            $"Data: {Date(Day)}",
            $"Spett.le {Company.Name} (P. IVA {Company.VatNumber})",
            $"Oggetto: sollecito di risposta alla lettera {Letter.Name} (ID Caso {Letter.Fields.CaseId}).",
            $"La lettera {Letter.Name}, pubblicata sul Portale Operatori-Gestori il {Date(Letter.PublishedOn)}, " +
                $"prevedeva una risposta entro il {Date(Deadline)}, che non risulta ancora pervenuta.",
            rule,
            "Si invita a scaricare la lettera dalla sezione «Nuove lettere ricevute», se non già fatto, e a " +
                "caricare la risposta dalla sezione «Lettere scaricate da lavorare».",
            "Cordiali saluti",
            "Sportello per il consumatore Energia e Ambiente",
        ];
    }

    private static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
