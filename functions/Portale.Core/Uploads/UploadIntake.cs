namespace Portale.Core.Uploads;

/// <summary>
/// Receives an upload: checks the cheap things first (kind, label, TIRV name, the letters belong to
/// this company), records the upload as pending, then streams the file into <c>incoming</c> within
/// the kind's size limit. The record comes first, so no stored file is ever unrecorded; a file over
/// the limit leaves neither file nor record behind. A file refused here (these checks, or its size) is an
/// "invio fallito" like one refused by the processing (manual 6.7); a request without a file is not an
/// upload and leaves no row. Refused here, a file never reaches the processing, so no refusal is written twice.
/// </summary>
public sealed class UploadIntake(
    IUploadStore uploads, IIncomingFiles incoming, ILetterStore letters, IFailedUploadLog failures,
    ReceiptIssuer receipts, TimeProvider clock)
{
    public const int MaxLettersPerUpload = UploadLimits.ZipMaxEntries;

    public async Task<UploadRecord> CheckAsync(
        string companyId, UploadForm form, OperatorPrincipal user, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(form.FileName?.Trim() ?? "");
        var receivedAt = clock.GetUtcNow();
        try
        {
            return await CheckAsync(companyId, form, fileName, user, receivedAt, cancellationToken);
        }
        catch (RefusalException refused) when (fileName.Length > 0)
        {
            var reason = refused.Errors is { Count: > 0 } byField
                ? string.Join(" ", byField.Values.SelectMany(m => m).Distinct())
                : refused.Title;
            await RecordRefusalAsync(companyId, fileName, user.Username, receivedAt, reason, cancellationToken);
            throw;
        }
    }

    /// <summary>
    /// Records the upload, then streams its file; throws
    /// <see cref="UploadTooLargeException"/> over the limit, leaving nothing but its "invio fallito".
    /// </summary>
    public async Task ReceiveAsync(UploadRecord record, Stream file, CancellationToken cancellationToken)
    {
        try
        {
            await StoreAsync(record, file, cancellationToken);
        }
        catch (UploadTooLargeException tooLarge)
        {
            await RecordRefusalAsync(record.CompanyId, record.FileName, record.UploadedBy, record.ReceivedAt,
                UploadMessages.TooLarge(record.FileName, tooLarge.LimitBytes), CancellationToken.None);
            throw;
        }
    }

    private async Task RecordRefusalAsync(
        string companyId, string fileName, string user, DateTimeOffset receivedAt, string reason,
        CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var failure = new FailedUpload(companyId, UploadKeys.LogKey(receivedAt, id, 0), fileName, receivedAt, user, reason);
        await failures.AddAsync([failure], cancellationToken);
        await receipts.IssueRefusalAsync(failure, id, null, cancellationToken);
    }

    private async Task<UploadRecord> CheckAsync(
        string companyId, UploadForm form, string fileName, OperatorPrincipal user, DateTimeOffset receivedAt,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!UploadKindNames.TryParse(form.Kind, out var kind))
        {
            errors.Add("kind", UploadMessages.UnknownKind(form.Kind));
            errors.ThrowIfAny();
        }
        if (fileName.Length == 0)
        {
            errors.Add("file", "Allegare il file da caricare nel campo 'file'.");
        }
        else if (UploadFileName.Refusal(kind, fileName) is { } nameRefusal)
        {
            errors.Add("file", nameRefusal);
        }
        string? label = null;
        IReadOnlyList<string> names = [];
        if (kind is UploadKind.Communication)
        {
            if (!CommunicationLabel.TryNormalize(form.Label, out label, out var labelError))
            {
                errors.Add("label", labelError);
            }
        }
        else if (kind is UploadKind.TirvRejection)
        {
            label = string.IsNullOrWhiteSpace(form.Label)
                ? null : CommunicationLabel.TryNormalize(form.Label, out var l, out var e) ? l
                : Add(errors, "label", e!);
        }
        else
        {
            names = await CheckLettersAsync(companyId, kind, form.Letters, errors, cancellationToken);
        }
        errors.ThrowIfAny();
        return new UploadRecord(
            companyId, Guid.NewGuid().ToString("N"), kind, names, label, fileName, user.Username, receivedAt);
    }

    private async Task StoreAsync(UploadRecord record, Stream file, CancellationToken cancellationToken)
    {
        await uploads.AddAsync(record, cancellationToken);
        try
        {
            await using var limited =
                new SizeLimitedStream(file, UploadLimits.MaxUploadBytes(record.Kind), leaveOpen: true);
            await incoming.WriteAsync(record, limited, cancellationToken);
        }
        catch
        {
            // The file did not arrive whole (incoming already removed any part of it): forget the upload too.
            await uploads.DeleteAsync(record.CompanyId, record.UploadId, CancellationToken.None);
            throw;
        }
    }

    private async Task<IReadOnlyList<string>> CheckLettersAsync(
        string companyId, UploadKind kind, IReadOnlyList<string> requested, ValidationErrors errors,
        CancellationToken cancellationToken)
    {
        var names = requested.SelectMany(
            n => n.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (names.Count == 0)
        {
            errors.Add("letters", "Selezionare la lettera a cui si risponde.");
            return [];
        }
        if (kind == UploadKind.Answer && names.Count > 1)
        {
            errors.Add("letters", "Una risposta singola si riferisce a una sola lettera: per più lettere caricare un " +
                "archivio .zip.");
            return [];
        }
        if (names.Count > MaxLettersPerUpload)
        {
            errors.Add("letters", $"È possibile selezionare al massimo {MaxLettersPerUpload} lettere per caricamento.");
            return [];
        }
        var canonical = new List<string>();
        foreach (var name in names)
        {
            if (LetterNames.Canonical(name) is { } c)
            {
                canonical.Add(c);
            }
            else
            {
                errors.Add("letters", UploadMessages.LetterNotToWork(name));
            }
        }
        canonical = canonical.Distinct().ToList();
        // Only this company's partition is read: another company's letter is "not among yours", like a missing one.
        var found =
            (await letters.FindManyAsync(companyId, canonical, cancellationToken)).Select(l => l.Name).ToHashSet();
        foreach (var missing in canonical.Where(n => !found.Contains(n)))
        {
            errors.Add("letters", UploadMessages.LetterNotToWork(missing));
        }
        return canonical;
    }

    private static string? Add(ValidationErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }
}
