namespace Portale.Core.Publication;

/// <summary>
/// Stages a letter for the nightly loading: checks the PDF (<see cref="PdfStaging"/>), every field
/// and the companies, then stores the PDF once (with its SHA-256, the Hash Lettera) and the staged
/// row. Nothing is written unless everything is valid.
/// </summary>
public sealed class LetterStaging(
    ICompanyDirectory companies, IStagedLetters staged, IDocumentStore documents, IPdfInspector pdfs,
    TimeProvider clock)
{
    public const int MaxFileBytes = PdfStaging.MaxFileBytes;
    public const int MaxTermWorkingDays = 90;
    public const int MaxTextLength = 500;

    private readonly PdfStaging pdf = new(documents, pdfs);

    public async Task<StagedLetter> StageAsync(
        string? fileName, ReadOnlyMemory<byte>? content, StagingRequest? request, string stagedBy,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = await pdf.CheckFileAsync(DocumentKind.Letter, fileName, content, errors, cancellationToken);
        if (request is null)
        {
            errors.Add("metadata", "Indicare i dati della lettera nel campo 'metadata' (JSON).");
            errors.ThrowIfAny();
        }
        var fields = CheckFields(request!, errors);
        var (to, cc) = await CheckCompaniesAsync(request!, errors, cancellationToken);
        errors.ThrowIfAny();
        await PdfStaging.RefuseKnownAsync(staged, DocumentKind.Letter, name!, cancellationToken);
        var hash = await pdf.StoreAsync(DocumentKind.Letter, name!, content!.Value, cancellationToken);
        var letter = new StagedLetter(name!, to!, cc, fields!, hash, clock.GetUtcNow(), stagedBy);
        return await staged.TryAddAsync(letter, cancellationToken) == StagingOutcome.Added
            ? letter
            : throw PdfStaging.AlreadyStaged(DocumentKind.Letter, letter.Name);
    }

    private static LetterFields? CheckFields(StagingRequest r, ValidationErrors errors)
    {
        var caseId = Required(r.CaseId, "caseId", "ID Caso", errors);
        var practiceType = Required(r.PracticeType, "practiceType", "Tipo Pratica", errors);
        var utility = Required(r.Utility, "utility", "Utenza", errors);
        var topic = Required(r.Topic, "topic", "Argomento", errors);
        var subTopic = Required(r.SubTopic, "subTopic", "Sub Argomento", errors);
        var customer = Required(r.CustomerName, "customerName", "Denominazione Cliente", errors);
        var address = Required(r.SupplyAddress, "supplyAddress", "Indirizzo Fornitura", errors);
        var typeOk = ServiceTypes.TryParse(r.ServiceType, out var type);
        if (!typeOk)
        {
            errors.Add("serviceType", $"Il campo Tipo Servizio è obbligatorio: valori ammessi {ServiceTypes.Codes}.");
        }
        if (r.TermWorkingDays is not (>= 1 and <= MaxTermWorkingDays))
        {
            errors.Add("termWorkingDays", "Il termine di risposta deve essere un numero di giorni lavorativi da 1 a " +
                $"{MaxTermWorkingDays}.");
        }
        if (r.SpecialProcedure is null)
        {
            errors.Add("specialProcedure", "Indicare se la lettera riguarda una procedura speciale (true o false).");
        }
        if (!SectorNames.TryParse(r.Sector, out var sector))
        {
            errors.Add("sector", "Il campo settore è obbligatorio: valori ammessi energy, water.");
        }
        else if (typeOk && ServiceTypes.SectorOf(type) != sector)
        {
            errors.Add("sector", "Il settore non è coerente con il Tipo Servizio (idrico → water, altrimenti energy).");
        }
        return errors.IsEmpty
            ? new LetterFields(
                caseId!, practiceType!, utility!, type, topic!, subTopic!, customer!, address!,
                r.TermWorkingDays!.Value, r.SpecialProcedure!.Value, sector)
            : null;
    }

    private async Task<(string? To, IReadOnlyList<string> Cc)> CheckCompaniesAsync(
        StagingRequest r, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(r.To))
        {
            errors.Add("to", "Indicare la società destinataria principale (TO).");
        }
        else if (await companies.FindAsync(r.To, cancellationToken) is null)
        {
            errors.Add("to", $"La società '{r.To}' non è censita.");
        }
        var cc = (r.Cc ?? []).ToList();
        foreach (var c in cc.Distinct())
        {
            if (string.IsNullOrWhiteSpace(c) || await companies.FindAsync(c, cancellationToken) is null)
            {
                errors.Add("cc", $"La società '{c}' non è censita.");
            }
        }
        if (cc.Contains(r.To ?? string.Empty))
        {
            errors.Add("cc", "La società destinataria principale non può essere anche in copia conoscenza.");
        }
        if (cc.Distinct().Count() != cc.Count)
        {
            errors.Add("cc", "Una società è indicata più volte in copia conoscenza.");
        }
        return (r.To, cc);
    }

    private static string? Required(string? value, string field, string label, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"Il campo {label} è obbligatorio.");
            return null;
        }
        if (value.Length > MaxTextLength)
        {
            errors.Add(field, $"Il campo {label} non può superare {MaxTextLength} caratteri.");
            return null;
        }
        return value.Trim();
    }
}
