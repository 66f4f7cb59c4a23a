using Portale.Functions.Letters;

namespace Portale.Functions.BackOffice;

/// <summary>
/// What the Sportello staff do (bearer token with an app role): companies, the help desk's unlock and
/// reactivation, the avvisi of the home page, Completezza Risposta.
/// Publishing letters and solleciti is <see cref="Publication.PublicationFunctions"/>'s; accounts, referents
/// and enablements are <see cref="BackOfficeUserFunctions"/>'.
/// </summary>
[StaffOnly(StaffRoles.BackOffice)]
public sealed class BackOfficeFunctions(
    ICompanyDirectory directory, CompanyRegistry registry, AccountAdministration administration,
    NoticeAdministration notices, AnswerClassification classification, LetterViews views)
{
    private const string CompletenessRoute = "backoffice/companies/{companyId}/letters/{name}/completeness";

    /// <summary>Every staff role reads the register (the console's company choice); only the back office changes it.</summary>
    [Function("BackOfficeListCompanies")]
    [StaffOnly(StaffRoles.BackOffice, StaffRoles.HelpDesk, StaffRoles.ReadOnly)]
    public async Task<IActionResult> ListCompanies(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/companies")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var companies = await directory.ListAsync(cancellationToken);
        return new OkObjectResult(new { items = companies.OrderBy(c => c.Name).Select(CompanyJson.From) });
    }

    [Function("BackOfficePutCompany")]
    public async Task<IActionResult> PutCompany(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "backoffice/companies/{companyId}")]
        HttpRequest request,
        string companyId, FunctionContext context, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<CompanyRequest>(request, cancellationToken);
        var company = await registry.SaveAsync(
            companyId, body.Name, body.VatNumber, body.PecAddress, body.Sectors, cancellationToken);
        await context.AuditAsync(AuditActions.CompanySaved, company.Id, new Dictionary<string, string>
        {
            ["name"] = company.Name, ["pecAddress"] = company.PecAddress,
            ["sectors"] = string.Join(',', company.Sectors.Select(SectorNames.Of)),
        });
        return new OkObjectResult(CompanyJson.From(company));
    }

    /// <summary>Help desk: unlocks an account locked by 5 wrong OTP codes.</summary>
    [Function("BackOfficeUnlockUser")]
    [StaffOnly(StaffRoles.HelpDesk)]
    public async Task<IActionResult> UnlockUser(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "backoffice/users/{username}/unlock")]
        HttpRequest request,
        string username, FunctionContext context, CancellationToken cancellationToken)
    {
        await administration.UnlockAsync(username, cancellationToken);
        await context.AuditAsync(AuditActions.UserUnlocked, username);
        return new NoContentResult();
    }

    /// <summary>Help desk: reactivates an account deactivated after 6 months without access.</summary>
    [Function("BackOfficeReactivateUser")]
    [StaffOnly(StaffRoles.HelpDesk)]
    public async Task<IActionResult> ReactivateUser(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "backoffice/users/{username}/reactivate")]
        HttpRequest request,
        string username, FunctionContext context, CancellationToken cancellationToken)
    {
        await administration.ReactivateAsync(username, cancellationToken);
        await context.AuditAsync(AuditActions.UserReactivated, username);
        return new NoContentResult();
    }

    /// <summary>
    /// Help desk: opens a confirmed change of mobile whose current number is out of reach (a lost phone),
    /// after checking who asks; required when a password recovery came with it.
    /// </summary>
    [Function("BackOfficeApproveMobileChange")]
    [StaffOnly(StaffRoles.HelpDesk)]
    public async Task<IActionResult> ApproveMobileChange(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "backoffice/users/{username}/mobile-change/approve")]
        HttpRequest request,
        string username, FunctionContext context, CancellationToken cancellationToken)
    {
        await administration.ApproveMobileChangeAsync(username, cancellationToken);
        await context.AuditAsync(AuditActions.MobileChangeApproved, username);
        return new NoContentResult();
    }

    /// <summary>The avvisi of the public home page (manual 8.1, 8.2), newest first.</summary>
    [Function("BackOfficeListNotices")]
    public async Task<IActionResult> ListNotices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/notices")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var all = await notices.ListAsync(cancellationToken);
        return new OkObjectResult(new { items = all.OrderByDescending(n => n.PublishedAt).Select(NoticeJson.From) });
    }

    [Function("BackOfficePutNotice")]
    public async Task<IActionResult> PutNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "backoffice/notices/{noticeId}")] HttpRequest request,
        string noticeId, FunctionContext context, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<NoticeRequest>(request, cancellationToken);
        var notice = await notices.SaveAsync(noticeId, body, cancellationToken);
        await context.AuditAsync(AuditActions.NoticeSaved, notice.Id, new Dictionary<string, string>
        {
            ["kind"] = notice.Kind.ToString(), ["title"] = notice.Title,
            ["from"] = $"{notice.From:O}", ["to"] = $"{notice.To:O}",
        });
        return new OkObjectResult(NoticeJson.From(notice));
    }

    [Function("BackOfficeDeleteNotice")]
    public async Task<IActionResult> DeleteNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "backoffice/notices/{noticeId}")]
        HttpRequest request,
        string noticeId, FunctionContext context, CancellationToken cancellationToken)
    {
        await notices.DeleteAsync(noticeId, cancellationToken);
        await context.AuditAsync(AuditActions.NoticeDeleted, noticeId);
        return new NoContentResult();
    }

    /// <summary>Completezza Risposta of a company's answered letter (manual 6.5.1).</summary>
    [Function("BackOfficeClassifyAnswer")]
    public async Task<IActionResult> ClassifyAnswer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = CompletenessRoute)] HttpRequest request,
        string companyId, string name, FunctionContext context, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<CompletenessRequest>(request, cancellationToken);
        var letter = await classification.ClassifyAsync(companyId, name, body.Completeness, cancellationToken);
        await context.AuditAsync(AuditActions.AnswerClassified, $"{companyId}/{letter.Name}",
            new Dictionary<string, string> { ["completeness"] = letter.Completeness ?? "" });
        return new OkObjectResult(LetterJson.From(views.Of(letter)));
    }

    private sealed record CompanyRequest(
        string? Name,
        string? VatNumber,
        string? PecAddress,
        IReadOnlyList<string>? Sectors);

    private sealed record CompletenessRequest(string? Completeness);
}
