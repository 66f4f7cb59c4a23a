namespace Portale.Core.Notices;

/// <summary>
/// The Sportello's avvisi on the public home page (manual 8.1, 8.2): planned interventions announced
/// at least 4 calendar days before they start, with start and expected resumption; unplanned ones
/// with their start (and the resumption when known); general information.
/// </summary>
public sealed partial class NoticeAdministration(INoticeStore store, TimeProvider clock)
{
    public static readonly TimeSpan PlannedNotice = TimeSpan.FromDays(4);
    public const int MaxTitle = 120;
    public const int MaxMessage = 2000;

    public Task<IReadOnlyList<Notice>> ListAsync(CancellationToken cancellationToken) =>
        store.ListAsync(cancellationToken);

    public async Task<Notice> SaveAsync(string id, NoticeRequest? request, CancellationToken cancellationToken)
    {
        var notice = Check(id, request, clock.GetUtcNow());
        await store.SaveAsync(notice, cancellationToken);
        return notice;
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (!IdPattern().IsMatch(id) || !await store.DeleteAsync(id, cancellationToken))
        {
            throw RefusalException.NotFound();
        }
    }

    public static Notice Check(string id, NoticeRequest? request, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        if (!IdPattern().IsMatch(id))
        {
            errors.Add(
                "id",
                "L'identificativo dell'avviso può contenere solo lettere minuscole, cifre e trattini (al massimo 64 " +
                    "caratteri).");
        }
        NoticeKind? kind = request?.Kind?.Trim().ToLowerInvariant() switch
        {
            "information" => NoticeKind.Information,
            "planned" => NoticeKind.PlannedIntervention,
            "unplanned" => NoticeKind.UnplannedIntervention,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add(
                "kind",
                "Indicare il tipo di avviso: information, planned (intervento programmato) o unplanned (intervento " +
                    "non programmato).");
        }
        var title = request?.Title?.Trim() ?? string.Empty;
        var message = request?.Message?.Trim() ?? string.Empty;
        if (title.Length is 0 or > MaxTitle)
        {
            errors.Add("title", $"Il titolo è obbligatorio e non può superare {MaxTitle} caratteri.");
        }
        if (message.Length is 0 or > MaxMessage)
        {
            errors.Add("message", $"Il testo è obbligatorio e non può superare {MaxMessage} caratteri.");
        }
        var publishedAt = request?.PublishedAt ?? now;
        var (from, to) = (request?.From, request?.To);
        if (kind is NoticeKind.PlannedIntervention or NoticeKind.UnplannedIntervention && from is null)
        {
            errors.Add("from", "Indicare l'orario di inizio dell'interruzione del servizio.");
        }
        if (kind == NoticeKind.PlannedIntervention)
        {
            if (to is null)
            {
                errors.Add("to", "Indicare l'orario previsto di ripresa del servizio.");
            }
            if (from is { } start && start < publishedAt + PlannedNotice)
            {
                errors.Add("from", "Un intervento programmato va annunciato almeno 4 giorni solari prima del suo " +
                    "inizio (manuale 8.1): " +
                    $"pubblicato il {Format(publishedAt)}, può iniziare non prima del " +
                        $"{Format(publishedAt + PlannedNotice)}.");
            }
        }
        if (from is { } f && to is { } t && t <= f)
        {
            errors.Add("to", "La ripresa del servizio deve essere successiva all'inizio dell'interruzione.");
        }
        errors.ThrowIfAny();
        return new Notice(id, kind!.Value, title, message, publishedAt, from, to);
    }

    private static string Format(DateTimeOffset instant) =>
        RomeTime.ToRome(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
