namespace Portale.Core.Sportello;

/// <summary>
/// What the Sportello's staff and systems read of a company: its letters (offline ones too: staff see
/// where every letter stands), the documents that came back (every answer kept, the replaced one too;
/// communications and TIRV rejections) and the company's lists. Reading never records a download.
/// </summary>
public sealed class SportelloReads(ICompanyDirectory companies, ILetterStore letters, ICommunicationLog communications)
{
    public const string UnknownCompany = "La società indicata non è registrata nel portale.";

    /// <summary>The company, or 404 <c>company-not-found</c>: every read names an existing company.</summary>
    public async Task<Company> CompanyAsync(string companyId, CancellationToken cancellationToken) =>
        await companies.FindAsync(companyId, cancellationToken)
            ?? throw RefusalException.NotFound("company-not-found", UnknownCompany);

    public async Task<Letter> LetterAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        await CompanyAsync(companyId, cancellationToken);
        var canonical = LetterNames.Canonical(name) ?? throw RefusalException.NotFound();
        return await letters.FindAsync(companyId, canonical, cancellationToken) ?? throw RefusalException.NotFound();
    }

    /// <summary>The PDF of one of the letter's answers: the current one's upload, or the one it replaced.</summary>
    public async Task<(string Path, string Name)> AnswerAsync(
        string companyId, string name, string uploadId, CancellationToken cancellationToken)
    {
        var letter = await LetterAsync(companyId, name, cancellationToken);
        if (letter.Answer is not { UploadId: { } current } answer
            || (uploadId != current && uploadId != answer.ReplacedUploadId))
        {
            throw RefusalException.NotFound();
        }
        return (UploadKeys.AnswerPath(companyId, uploadId, answer.Name), answer.Name);
    }

    public async Task<Communication> CommunicationAsync(
        string companyId, string key, CancellationToken cancellationToken)
    {
        await CompanyAsync(companyId, cancellationToken);
        return await communications.FindAsync(companyId, key, cancellationToken) ?? throw RefusalException.NotFound();
    }
}
