using Portale.Functions.Letters;
using Portale.Functions.Receipts;
using Portale.Functions.Uploads;

namespace Portale.Functions.Sportello;

/// <summary>
/// What came back from a company and where its letters stand, as the Sportello's staff and systems read
/// them: the section lists and the search with each letter's state, one letter (offline ones too), the
/// letter's PDF and every answer's (the replaced one too), "Comunicazioni libere" with their PDFs, and
/// "Invii falliti", and the dashboard of every company. Every staff role reads them; nothing here records a
/// download.
/// </summary>
[StaffOnly(StaffRoles.BackOffice, StaffRoles.HelpDesk, StaffRoles.ReadOnly)]
public sealed class SportelloFunctions(
    SportelloReads reads, LetterLister lister, LetterSearcher searcher, LetterViews views,
    ICommunicationLog communications, IFailedUploadLog failures, IDocumentStore documents, ReceiptReader receipts,
    IReceiptDocumentWriter receiptWriter, DashboardLister dashboard,
    LetterStateLister stateLister)
{
    private const string Company = "backoffice/companies/{companyId}";
    private const string OneLetter = Company + "/letters/{name}";
    private const string OneReceipt = Company + "/receipts/{receiptId}";

    [Function("SportelloListLetters")]
    public async Task<IActionResult> ListLetters(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Company + "/letters")] HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        var q = request.Query;
        if (!string.IsNullOrEmpty(q["state"]))
        {
            return await LettersInStateAsync(request, companyId, cancellationToken);
        }
        var query = LetterQueryParser.Parse(
            q["section"], q["serviceType"], q["recipient"], q["q"], q["sort"], q["pageSize"], q["cursor"]);
        await reads.CompanyAsync(companyId, cancellationToken);
        return Letters(await lister.ListAsync(companyId, query, cancellationToken));
    }

    [Function("SportelloSearchLetters")]
    public async Task<IActionResult> SearchLetters(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Company + "/letters/search")] HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        var query = LetterSearchParser.Parse(name => request.Query[name].ToString());
        await reads.CompanyAsync(companyId, cancellationToken);
        return Letters(await searcher.SearchAsync(companyId, query, cancellationToken));
    }

    [Function("SportelloGetLetter")]
    public async Task<IActionResult> GetLetter(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = OneLetter)] HttpRequest request,
        string companyId, string name, CancellationToken cancellationToken) =>
        new OkObjectResult(Staff(views.Of(await reads.LetterAsync(companyId, name, cancellationToken))));

    [Function("SportelloDownloadLetter")]
    public async Task<IActionResult> DownloadLetter(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = OneLetter + "/pdf")] HttpRequest request,
        string companyId, string name, CancellationToken cancellationToken)
    {
        var letter = await reads.LetterAsync(companyId, name, cancellationToken);
        return await documents.OpenAsync(letter.DocumentPath, letter.Name, cancellationToken);
    }

    /// <summary>The PDF of the letter's answer filed by an upload: the current one or the one it replaced.</summary>
    [Function("SportelloDownloadAnswer")]
    public async Task<IActionResult> DownloadAnswer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = OneLetter + "/answers/{uploadId}/pdf")]
        HttpRequest request,
        string companyId, string name, string uploadId, CancellationToken cancellationToken)
    {
        var (path, fileName) = await reads.AnswerAsync(companyId, name, uploadId, cancellationToken);
        return await documents.OpenAsync(path, fileName, cancellationToken);
    }

    [Function("SportelloListCommunications")]
    public async Task<IActionResult> ListCommunications(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Company + "/communications")] HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        var (cursor, size) = (PageQuery.Cursor(request), PageQuery.Size(request));
        await reads.CompanyAsync(companyId, cancellationToken);
        var page = await communications.ListAsync(companyId, cursor, size, cancellationToken);
        return PageJson.Of(page.Items.Select(CommunicationJson.From), page.NextCursor, page.Total);
    }

    [Function("SportelloDownloadCommunication")]
    public async Task<IActionResult> DownloadCommunication(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Company + "/communications/{key}/pdf")]
        HttpRequest request,
        string companyId, string key, CancellationToken cancellationToken)
    {
        var communication = await reads.CommunicationAsync(companyId, key, cancellationToken);
        return await documents.OpenAsync(communication.DocumentPath, communication.File, cancellationToken);
    }

    /// <summary>A receipt of the company, as its operators read it (JSON with the JWS, or the bare JWS).</summary>
    [Function("SportelloGetReceipt")]
    public async Task<IActionResult> GetReceipt(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = OneReceipt)] HttpRequest request,
        string companyId, string receiptId, CancellationToken cancellationToken)
    {
        var (receipt, jws) = await receipts.GetAsync(companyId, receiptId, cancellationToken);
        return ReceiptAnswer.Json(request, receipt, jws);
    }

    [Function("SportelloDownloadReceipt")]
    public async Task<IActionResult> DownloadReceipt(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = OneReceipt + "/pdf")] HttpRequest request,
        string companyId, string receiptId, CancellationToken cancellationToken)
    {
        var (receipt, jws) = await receipts.GetAsync(companyId, receiptId, cancellationToken);
        return ReceiptAnswer.Pdf(receiptWriter, receipt, jws);
    }

    [Function("SportelloListFailedUploads")]
    public async Task<IActionResult> ListFailedUploads(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Company + "/failed-uploads")] HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        var (cursor, size) = (PageQuery.Cursor(request), PageQuery.Size(request));
        await reads.CompanyAsync(companyId, cancellationToken);
        var page = await failures.ListAsync(companyId, cursor, size, cancellationToken);
        return PageJson.Of(page.Items.Select(FailedUploadJson.From), page.NextCursor, page.Total);
    }

    /// <summary>
    /// One row per company from the counters kept as letters change (docs/decisions/0015): one read of the
    /// dashboard table, whatever the number of letters.
    /// </summary>
    [Function("SportelloDashboard")]
    public async Task<IActionResult> Dashboard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/dashboard")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var q = request.Query;
        var page = await dashboard.ListAsync(q["sector"], q["pageSize"], q["cursor"], cancellationToken);
        return PageJson.Of(page.Items, page.NextCursor, page.Total);
    }

    /// <summary>With <c>state</c>, the letters in that state across the sections, offline ones too (no <c>section</c>).</summary>
    private async Task<IActionResult> LettersInStateAsync(
        HttpRequest request, string companyId, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var state = LetterStates.Parse(request.Query["state"], errors);
        errors.ThrowIfAny(LetterQueryParser.QueryInvalid, LetterQueryParser.QueryInvalidTitle);
        await reads.CompanyAsync(companyId, cancellationToken);
        return Letters(await stateLister.ListAsync(
            companyId, state!.Value, request.Query["pageSize"], request.Query["cursor"], cancellationToken));
    }

    private OkObjectResult Letters(Page<Letter> page) =>
        PageJson.Of(views.Of(page.Items).Select(Staff), page.NextCursor, page.Total);

    /// <summary>A letter as staff see it: the operator's note is the operator's own and stays out.</summary>
    private static LetterJson Staff(LetterView view) => LetterJson.From(view) with { Note = null };
}
