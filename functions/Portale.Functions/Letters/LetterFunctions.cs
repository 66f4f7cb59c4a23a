namespace Portale.Functions.Letters;

/// <summary>
/// A company's letters (manual ch. 6): the section lists and their badges, Ricerca lettere, one letter,
/// its PDF (alone or several in a .zip), the note, the proroga, and the PDF of its latest answer.
/// </summary>
[OperatorOnly]
public sealed class LetterFunctions(
    LetterLister lister, LetterSearcher searcher, LetterReader reader, LetterViews views, LetterBadges badges,
    LetterDownloads downloads, LetterNotes notes, LetterExtensions extensions, IDocumentStore documents,
    LetterAgeing ageing, JobRecorder jobs, TimeProvider clock)
{
    public const string Ageing = "LettersAgeing";

    /// <summary>
    /// Every fifteen minutes (UTC schedule) asks whether today's SLA ageing is due (after the nightly window,
    /// from 03:00 Rome) and not done; it records «assente» on the energy letters past their 15th working day.
    /// </summary>
    [Function(Ageing)]
    public Task RunAgeing([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        jobs.RunAsync(LetterAgeing.JobName, ageing.RunIfDueAsync, cancellationToken);

    [Function("LettersList")]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/letters")] HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        var q = request.Query;
        var query = LetterQueryParser.Parse(
            q["section"], q["serviceType"], q["recipient"], q["q"], q["sort"], q["pageSize"], q["cursor"]);
        return Page(await lister.ListAsync(companyId, query, cancellationToken));
    }

    /// <summary>Ricerca lettere (manual 6.8): the company's letters of every section by the manual's filters.</summary>
    [Function("LettersSearch")]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> Search(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/letters/search")]
        HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        var query = LetterSearchParser.Parse(name => request.Query[name].ToString());
        return Page(await searcher.SearchAsync(companyId, query, cancellationToken));
    }

    [Function("LettersGetBadges")]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> GetBadges(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/badges")] HttpRequest request,
        string companyId, CancellationToken cancellationToken) =>
        new OkObjectResult(await badges.ForAsync(companyId, cancellationToken));

    [Function("LettersGet")]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/letters/{name}")]
        HttpRequest request,
        string companyId, string name, CancellationToken cancellationToken) =>
        new OkObjectResult(LetterJson.From(views.Of(await reader.GetAsync(companyId, name, cancellationToken))));

    /// <summary>The letter's PDF; the first download records Data/Utente Download and moves the letter on.</summary>
    [Function("LettersDownload")]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/letters/{name}/pdf")]
        HttpRequest request,
        string companyId, string name, FunctionContext context, CancellationToken cancellationToken)
    {
        var letter = (await downloads.RecordAsync(companyId, [name], context.GetOperator(), cancellationToken))[0];
        return await documents.OpenAsync(letter.DocumentPath, letter.Name, cancellationToken);
    }

    [Function("LettersDownloadZip")]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> DownloadZip(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{companyId}/letters/download")]
        HttpRequest request,
        string companyId, FunctionContext context, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<DownloadRequest>(request, cancellationToken);
        var names = body.Matching is { } m
            ? await m.NamesAsync(lister, companyId, cancellationToken)
            : body.Letters ?? [];
        // Every name is checked (and every download recorded) before the first byte of the .zip is sent.
        var letters = await downloads.RecordAsync(companyId, names, context.GetOperator(), cancellationToken);
        return new ZipDownloadResult(letters, documents, $"lettere-{RomeTime.Now(clock):yyyyMMdd-HHmmss}.zip");
    }

    [Function("LettersPutNote")]
    public async Task<IActionResult> PutNote(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{companyId}/letters/{name}/note")]
        HttpRequest request,
        string companyId, string name, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<NoteRequest>(request, cancellationToken);
        return Letter(await notes.SetAsync(companyId, name, body.Text, cancellationToken));
    }

    [Function("LettersRequestExtension")]
    public async Task<IActionResult> RequestExtension(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{companyId}/letters/{name}/extension")]
        HttpRequest request,
        string companyId, string name, FunctionContext context, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<ExtensionRequest>(request, cancellationToken);
        return Letter(await extensions.GrantAsync(
            companyId, name, body.Days, context.GetOperator(), cancellationToken));
    }

    /// <summary>The PDF of the letter's latest answer, as filed by the upload processing.</summary>
    [Function("LettersDownloadAnswer")]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> DownloadAnswer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/letters/{name}/answer/pdf")]
        HttpRequest request,
        string companyId, string name, CancellationToken cancellationToken)
    {
        var letter = await reader.GetAsync(companyId, name, cancellationToken);
        if (letter.Answer is not { UploadId: { } uploadId } answer)
        {
            throw RefusalException.NotFound();
        }
        return await documents.OpenAsync(UploadKeys.AnswerPath(companyId, uploadId, answer.Name), answer.Name, cancellationToken);
    }

    private OkObjectResult Letter(Letter letter) => new(LetterJson.From(views.Of(letter)));

    private OkObjectResult Page(Page<Letter> page) =>
        PageJson.Of(views.Of(page.Items).Select(LetterJson.From), page.NextCursor, page.Total);

    /// <summary>Either the letters by name, or <c>matching</c>: the section and filters of the list.</summary>
    private sealed record DownloadRequest(IReadOnlyList<string>? Letters, LetterMatching? Matching);

    private sealed record NoteRequest(string? Text);

    private sealed record ExtensionRequest(int? Days);
}
