namespace Portale.Core.Publication;

/// <summary>
/// What tonight's loading will publish, for the back office: a page of the staged letters (or
/// solleciti) in name order, and the withdrawal of one before the loading. The portal is closed
/// while the loading runs (01:00–03:00), so a withdrawal never meets a loading half way.
/// </summary>
public sealed class StagedDocumentQueue<T>(IStagedDocuments<T> staged, IDocumentStore documents, DocumentKind kind)
    where T : IStagedDocument
{
    public async Task<Page<T>> ListAsync(string? pageSize, string? cursor, CancellationToken cancellationToken)
    {
        var request = PageRequestParser.Parse(pageSize, cursor, Fingerprint, keyed: true);
        var page = await staged.PendingPageAsync(request.Cursor?.After, request.Size, cancellationToken);
        var total = await staged.CountPendingAsync(cancellationToken);
        var next = page.After is null ? null : new PageCursor(page.After, 0, Fingerprint(request.Size)).Encode();
        return new Page<T>(page.Items, next, total);
    }

    /// <summary>
    /// Withdraws a pending document and removes its PDF, unless the name was staged again in the
    /// meantime (the same name and content are stored at the same place).
    /// </summary>
    public async Task<T> WithdrawAsync(string name, CancellationToken cancellationToken)
    {
        var canonical = DocumentName.TryParse(name, out var parsed) && parsed.Kind == kind ? parsed.ToString() : null;
        var withdrawal = canonical is null
            ? new Withdrawal<T>(WithdrawalOutcome.NotStaged, default)
            : await staged.WithdrawAsync(canonical, cancellationToken);
        switch (withdrawal)
        {
            case { Outcome: WithdrawalOutcome.Withdrawn, Document: { } document }:
                if (!await staged.IsKnownAsync(document.Name, cancellationToken))
                {
                    var path = PdfStaging.PathOf(kind, document.Name, document.Hash);
                    await documents.DeleteAsync(path, cancellationToken);
                }
                return document;
            case { Outcome: WithdrawalOutcome.Published }:
                throw kind == DocumentKind.Reminder
                    ? RefusalException.Conflict("reminder-already-published",
                        $"Il sollecito {canonical} è già stato pubblicato dal caricamento notturno: " +
                            "non può essere ritirato.")
                    : RefusalException.Conflict("letter-already-published",
                        $"La lettera {canonical} è già stata pubblicata dal caricamento notturno: " +
                            "non può essere ritirata.");
            default:
                throw kind == DocumentKind.Reminder
                    ? RefusalException.NotFound("reminder-not-staged",
                        $"Il sollecito {name} non è in attesa di pubblicazione: non è stato caricato " +
                            "o è già stato ritirato.")
                    : RefusalException.NotFound("letter-not-staged",
                        $"La lettera {name} non è in attesa di pubblicazione: non è stata caricata " +
                            "o è già stata ritirata.");
        }
    }

    private string Fingerprint(int size) => $"staged-{kind}|{size}";
}
