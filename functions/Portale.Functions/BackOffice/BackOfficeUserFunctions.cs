namespace Portale.Functions.BackOffice;

/// <summary>
/// Accounts and referents for the Sportello's staff (manual 6.10, ch. 11 FAQ): the search of accounts, one
/// account, a company's referents and its history of enablements with their signed moduli (every staff
/// role reads), and enabling or disabling a user on the signed modulo (the back office only).
/// </summary>
[StaffOnly(StaffRoles.BackOffice, StaffRoles.HelpDesk, StaffRoles.ReadOnly)]
public sealed class BackOfficeUserFunctions(UserSearch search, EnablementRecords records, IDocumentStore documents)
{
    private const string EnablementRoute = "backoffice/companies/{companyId}/users/{username}";
    private const string EnablementsRoute = "backoffice/companies/{companyId}/enablements";

    [Function("BackOfficeSearchUsers")]
    public async Task<IActionResult> SearchUsers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/users")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await search.SearchAsync(
            request.Query["q"], request.Query["state"], request.Query["pageSize"], request.Query["cursor"],
            cancellationToken);
        return PageJson.Of(page.Items.Select(UserSummaryJson.From), page.NextCursor, page.Total);
    }

    [Function("BackOfficeGetUser")]
    public async Task<IActionResult> GetUser(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/users/{username}")] HttpRequest request,
        string username, CancellationToken cancellationToken) =>
        new OkObjectResult(UserSummaryJson.Detail(await search.FindAsync(username, cancellationToken)));

    /// <summary>Enables a user for a company on the signed modulo di abilitazione (multipart: modulo, note).</summary>
    [Function("BackOfficeEnableUser")]
    [StaffOnly(StaffRoles.BackOffice)]
    [RequestBodyLimit(EnablementModuli.MaxBytes)]
    public Task<IActionResult> EnableUser(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = EnablementRoute)] HttpRequest request,
        string companyId, string username, FunctionContext context, CancellationToken cancellationToken) =>
        RecordAsync(request, companyId, username, EnablementAction.Enable, context, cancellationToken);

    /// <summary>Disables a user for a company on the signed modulo, and ends every session of the user.</summary>
    [Function("BackOfficeDisableUser")]
    [StaffOnly(StaffRoles.BackOffice)]
    [RequestBodyLimit(EnablementModuli.MaxBytes)]
    public Task<IActionResult> DisableUser(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = EnablementRoute + "/disable")] HttpRequest request,
        string companyId, string username, FunctionContext context, CancellationToken cancellationToken) =>
        RecordAsync(request, companyId, username, EnablementAction.Disable, context, cancellationToken);

    [Function("BackOfficeListEnablements")]
    public async Task<IActionResult> ListEnablements(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = EnablementsRoute)] HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        var page = await records.ListAsync(
            companyId, request.Query["pageSize"], request.Query["cursor"], cancellationToken);
        return PageJson.Of(page.Items.Select(EnablementJson.From), page.NextCursor, page.Total);
    }

    [Function("BackOfficeGetEnablementModulo")]
    public async Task<IActionResult> GetEnablementModulo(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = EnablementsRoute + "/{id}/modulo")]
        HttpRequest request,
        string companyId, string id, CancellationToken cancellationToken)
    {
        var (enablement, path) = await records.ModuloAsync(companyId, id, cancellationToken);
        return await documents.OpenAsync(path, enablement.ModuloName, cancellationToken);
    }

    [Function("BackOfficeListReferents")]
    public async Task<IActionResult> ListReferents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/companies/{companyId}/referents")]
        HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        var referents = await records.ReferentsAsync(companyId, cancellationToken);
        return new OkObjectResult(new { items = referents.Select(UserSummaryJson.Referent) });
    }

    private async Task<IActionResult> RecordAsync(
        HttpRequest request, string companyId, string username, EnablementAction action, FunctionContext context,
        CancellationToken cancellationToken)
    {
        var modulo = await ReadModuloAsync(request, cancellationToken);
        var enablement = await records.RecordAsync(
            companyId, username, action, modulo, context.GetStaff().Name, cancellationToken);
        await context.AuditAsync(
            action == EnablementAction.Enable ? AuditActions.UserEnabled : AuditActions.UserDisabled,
            $"{companyId}/{enablement.Username}", new Dictionary<string, string>
            {
                ["enablementId"] = enablement.Id, ["moduloHash"] = enablement.ModuloHash,
                ["moduloName"] = enablement.ModuloName,
            });
        return new OkObjectResult(EnablementJson.From(enablement));
    }

    /// <summary>
    /// The <c>modulo</c> part (one byte over the limit is kept as such, for the modulo's own refusal) and the
    /// <c>note</c> field; anything but multipart/form-data is 415.
    /// </summary>
    private static async Task<ModuloForm> ReadModuloAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var reader = RequestMultipart.Reader(request,
            "Inviare il modulo firmato come multipart/form-data con il campo 'modulo' (PDF) e, facoltativo, 'note'.");
        string? fileName = null, note = null;
        ReadOnlyMemory<byte>? content = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            switch (RequestMultipart.Disposition(section))
            {
                case ("note", null):
                    note = await RequestMultipart.ReadFieldAsync(section.Body, cancellationToken);
                    break;
                case ("modulo", { } name):
                    fileName = name;
                    content = await ReadFileAsync(section.Body, cancellationToken);
                    break;
            }
        }
        return new ModuloForm(fileName, content, note);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadFileAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > EnablementModuli.MaxBytes + 1)
            {
                buffer.Write(chunk, 0, (int)(EnablementModuli.MaxBytes + 1 - buffer.Length));
                await body.CopyToAsync(Stream.Null, cancellationToken);
                break;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
