namespace Portale.Core.Reminders;

/// <summary>
/// Stages a sollecito for the nightly loading. The letter must be published (it is looked up in its
/// TO company's partition, which the staged-letter record names), not answered, and below its
/// sector's limit (energy 1, water 2); the S- name must carry the letter's year and case number.
/// Nothing is written unless everything is valid.
/// </summary>
public sealed class ReminderStaging(
    IStagedLetters letters,
    ILetterStore store,
    IStagedReminders staged,
    IDocumentStore documents,
    IPdfInspector pdfs,
    TimeProvider clock)
{
    public const int MaxFileBytes = PdfStaging.MaxFileBytes;

    private readonly PdfStaging pdf = new(documents, pdfs);

    public static int LimitFor(Sector sector) => sector == Sector.Water ? 2 : 1;

    public async Task<StagedReminder> StageAsync(
        string? fileName, ReadOnlyMemory<byte>? content, ReminderStagingRequest? request, string stagedBy,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = await pdf.CheckFileAsync(DocumentKind.Reminder, fileName, content, errors, cancellationToken);
        var letterName = LetterNames.Canonical(request?.Letter);
        if (request is null || string.IsNullOrWhiteSpace(request.Letter))
        {
            errors.Add("letter", "Indicare nel campo 'metadata' (JSON) la lettera sollecitata: { \"letter\": " +
                "\"L-P-AA-NNNNNNN_NN.PDF\" }.");
        }
        else if (letterName is null)
        {
            errors.Add("letter", $"Il nome della lettera '{request.Letter}' non è valido: deve essere nella forma " +
                "L-P-AA-NNNNNNN_NN.PDF.");
        }
        else if (name is not null && !SameCase(name, letterName))
        {
            errors.Add("file", $"Il sollecito {name} non corrisponde alla lettera {letterName}: anno e numero del " +
                "caso devono coincidere.");
        }
        errors.ThrowIfAny();
        await PdfStaging.RefuseKnownAsync(staged, DocumentKind.Reminder, name!, cancellationToken);
        var (to, limit) = await CheckLetterAsync(letterName!, cancellationToken);
        var hash = await pdf.StoreAsync(DocumentKind.Reminder, name!, content!.Value, cancellationToken);
        var reminder = new StagedReminder(name!, letterName!, to, hash, clock.GetUtcNow(), stagedBy);
        return await staged.TryAddAsync(reminder, limit, cancellationToken) switch
        {
            StagingOutcome.Added => reminder,
            StagingOutcome.LimitReached => throw LimitReached(letterName!, limit),
            _ => throw PdfStaging.AlreadyStaged(DocumentKind.Reminder, reminder.Name),
        };
    }

    /// <summary>
    /// Stages a sollecito the portal wrote itself as its letter's <paramref name="slot"/>-th: the PDF stored
    /// like any staged one, then the slot taken atomically (<see cref="IStagedReminders.TryAddInSlotAsync"/>).
    /// </summary>
    public async Task<(StagingOutcome Outcome, StagedReminder Reminder)> StageGeneratedAsync(
        string name, Letter letter, byte[] content, int slot, string stagedBy, CancellationToken cancellationToken)
    {
        var hash = await pdf.StoreAsync(DocumentKind.Reminder, name, content, cancellationToken);
        var reminder = new StagedReminder(name, letter.Name, letter.CompanyId, hash, clock.GetUtcNow(), stagedBy);
        return (await staged.TryAddInSlotAsync(reminder, slot, cancellationToken), reminder);
    }

    private static RefusalException LimitReached(string letterName, int limit)
    {
        var rule = limit == 1 ? "un solo sollecito per lettera nel settore energetico" : "al massimo due solleciti " +
            "per lettera nel settore idrico";
        return RefusalException.Field("reminder-limit", "letter", $"La lettera {letterName} ha già raggiunto il " +
            $"numero massimo di solleciti: è ammesso {rule}.");
    }

    private async Task<(string To, int Limit)> CheckLetterAsync(string letterName, CancellationToken cancellationToken)
    {
        var source = await letters.FindPublishedAsync(letterName, cancellationToken);
        var letter = source is null ? null : await store.FindAsync(source.To, letterName, cancellationToken);
        if (letter is null)
        {
            throw RefusalException.Field("letter-not-published", "letter", $"La lettera {letterName} non risulta " +
                "pubblicata: non è possibile sollecitarla.");
        }
        if (letter.Answer is not null)
        {
            throw RefusalException.Field("letter-answered", "letter", $"La lettera {letterName} ha già ricevuto " +
                "risposta: non è possibile sollecitarla.");
        }
        var limit = LimitFor(letter.Fields.Sector);
        if ((await staged.ForLetterAsync(letterName, cancellationToken)).Count >= limit)
        {
            throw LimitReached(letterName, limit);
        }
        return (source!.To, limit);
    }

    private static bool SameCase(string reminder, string letter)
    {
        var (r, l) = (DocumentName.Parse(reminder), DocumentName.Parse(letter));
        return r.Year == l.Year && r.CaseNumber == l.CaseNumber;
    }
}
