namespace Portale.Core.Accounts.Enablements;

/// <summary>
/// Enabling and disabling a user for a company on the signed modulo (manual 6.10, ch. 11): every check
/// (company, user, modulo, note) comes before anything is written; then the modulo is stored, the record
/// and the referent are written together, and the access itself follows (disabling revokes it first and
/// ends every session of the user, so nothing opened for the company outlives the decision).
/// </summary>
public sealed class EnablementRecords(
    IEnablementLog log, ICompanyEnablements access, IUserStore users, ICompanyDirectory companies,
    IDocumentStore documents, IPdfInspector pdfs, SessionService sessions, UserSearch search, TimeProvider clock)
{
    public const string UnknownCompany = "Nessuna società registrata con questo identificativo.";

    public async Task<Enablement> RecordAsync(
        string companyId, string username, EnablementAction action, ModuloForm modulo, string recordedBy,
        CancellationToken cancellationToken)
    {
        await RequireCompanyAsync(companyId, cancellationToken);
        var user = (UserIds.From(username) is { } id ? await users.FindAsync(id, cancellationToken) : null)
            ?? throw RefusalException.NotFound("user-not-found", AccountAdministration.UnknownUser);
        await EnablementModuli.CheckAsync(modulo, pdfs, cancellationToken);
        var content = modulo.Content!.Value;
        var now = clock.GetUtcNow();
        var enablement = new Enablement(
            EnablementModuli.NewId(now), companyId, user.Username, action, recordedBy, now,
            string.IsNullOrWhiteSpace(modulo.Note) ? null : modulo.Note.Trim(),
            ModuloName(modulo.FileName!), DocumentHash.Of(content.Span));
        await documents.PutAsync(EnablementModuli.PathOf(companyId, enablement.Id), content, cancellationToken);
        if (action == EnablementAction.Enable)
        {
            await log.RecordAsync(enablement, user.Id, cancellationToken);
            await access.EnableAsync(user.Id, companyId, cancellationToken);
        }
        else
        {
            await access.DisableAsync(user.Id, companyId, cancellationToken);
            await log.RecordAsync(enablement, user.Id, cancellationToken);
            await sessions.EndAllAsync(user.Id, cancellationToken);
        }
        return enablement;
    }

    /// <summary>The company's enablements and disablements, newest first.</summary>
    public async Task<Page<Enablement>> ListAsync(
        string companyId, string? pageSize, string? cursor, CancellationToken cancellationToken)
    {
        await RequireCompanyAsync(companyId, cancellationToken);
        string Fingerprint(int size) => $"enablements|{companyId}|{size}";
        var request = PageRequestParser.Parse(pageSize, cursor, Fingerprint, keyed: true);
        var page = await log.PageAsync(companyId, request.Cursor?.After, request.Size, cancellationToken);
        var next = page.After is null ? null : new PageCursor(page.After, 0, Fingerprint(request.Size)).Encode();
        return new Page<Enablement>(page.Items, next, await log.CountAsync(companyId, cancellationToken));
    }

    /// <summary>One record (404 <c>enablement-not-found</c>) and where its modulo is stored.</summary>
    public async Task<(Enablement Enablement, string Path)> ModuloAsync(
        string companyId, string id, CancellationToken cancellationToken)
    {
        await RequireCompanyAsync(companyId, cancellationToken);
        var enablement = (EnablementModuli.IsId(id) ? await log.FindAsync(companyId, id, cancellationToken) : null)
            ?? throw RefusalException.NotFound("enablement-not-found",
                "Nessuna abilitazione registrata con questo identificativo per la società.");
        return (enablement, EnablementModuli.PathOf(companyId, enablement.Id));
    }

    /// <summary>The company's referents in username order (accounts since deleted are left out).</summary>
    public async Task<IReadOnlyList<ReferentSummary>> ReferentsAsync(
        string companyId, CancellationToken cancellationToken)
    {
        await RequireCompanyAsync(companyId, cancellationToken);
        var referents = await log.ReferentsAsync(companyId, cancellationToken);
        var accounts = new List<(UserAccount Account, Referent Referent)>();
        foreach (var referent in referents.OrderBy(r => r.UserId, StringComparer.Ordinal))
        {
            if (await users.FindAsync(referent.UserId, cancellationToken) is { } account)
            {
                accounts.Add((account, referent));
            }
        }
        var summaries = await search.SummariesAsync([.. accounts.Select(a => a.Account)], cancellationToken);
        return [.. summaries.Select((s, i) => new ReferentSummary(s, accounts[i].Referent))];
    }

    private async Task RequireCompanyAsync(string companyId, CancellationToken cancellationToken)
    {
        if (!IsCompanyId(companyId) || await companies.FindAsync(companyId, cancellationToken) is null)
        {
            throw RefusalException.NotFound("company-not-found", UnknownCompany);
        }
    }

    private static bool IsCompanyId(string companyId) =>
        companyId is { Length: > 0 and <= 64 } && companyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The file name as sent, without any path and at most 120 characters.</summary>
    private static string ModuloName(string fileName)
    {
        var name = fileName.Replace('\\', '/').Split('/')[^1].Trim();
        name = new string([.. name.Where(c => !char.IsControl(c))]);
        return name.Length == 0 ? "modulo.pdf" : name.Length > 120 ? name[^120..] : name;
    }
}
