namespace Portale.Core.Outages;

/// <summary>
/// The back office records the portal's outages (manual ch. 8, 9): start, end (empty while it goes on),
/// planned or not, a note. Saving one refreshes this instance's off-line days at once; other instances
/// see it within <see cref="OutageOptions.RefreshInterval"/>.
/// </summary>
public sealed partial class OutageAdministration(IOutageStore store, OutageOfflineDays offlineDays, TimeProvider clock)
{
    public const int MaxNote = 500;

    /// <summary>Every outage, the latest first.</summary>
    public async Task<IReadOnlyList<Outage>> ListAsync(CancellationToken cancellationToken) =>
        (await store.ListAsync(cancellationToken)).OrderByDescending(o => o.StartsAt).ToList();

    public async Task<Outage> SaveAsync(
        string id, DateTimeOffset? startsAt, DateTimeOffset? endsAt, bool? planned, string? note, string recordedBy,
        CancellationToken cancellationToken)
    {
        var outage = Check(id, startsAt, endsAt, planned, note, clock.GetUtcNow()) with { RecordedBy = recordedBy };
        await store.SaveAsync(outage, cancellationToken);
        await offlineDays.RefreshAsync(cancellationToken);
        return outage;
    }

    public static Outage Check(
        string id, DateTimeOffset? startsAt, DateTimeOffset? endsAt, bool? planned, string? note, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        if (!IdPattern().IsMatch(id))
        {
            errors.Add("id", "L'identificativo dell'interruzione può contenere solo lettere minuscole, cifre e " +
                "trattini (al massimo 64 caratteri).");
        }
        if (planned is null)
        {
            errors.Add("planned", "Indicare se l'interruzione è un intervento programmato (true) o no (false).");
        }
        if (startsAt is null)
        {
            errors.Add("startsAt", "Indicare l'inizio dell'interruzione.");
        }
        else if (planned == false && startsAt > now)
        {
            errors.Add("startsAt", "L'inizio di un'interruzione non programmata non può essere nel futuro.");
        }
        if (endsAt is { } end)
        {
            if (startsAt is { } start && end <= start)
            {
                errors.Add("endsAt", "La fine dell'interruzione deve essere successiva al suo inizio.");
            }
            else if (planned == false && end > now)
            {
                errors.Add("endsAt", "La fine di un'interruzione non programmata non può essere nel futuro: lasciarla " +
                    "vuota finché l'interruzione è in corso.");
            }
        }
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text?.Length > MaxNote)
        {
            errors.Add("note", $"La nota non può superare {MaxNote} caratteri.");
        }
        errors.ThrowIfAny();
        return new Outage(id, startsAt!.Value, endsAt, planned!.Value, text) { RecordedAt = now };
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
