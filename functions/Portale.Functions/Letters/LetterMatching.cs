namespace Portale.Functions.Letters;

/// <summary>
/// "Lettera" ticked (manual 6.1.1, 6.2.2): every letter of the section that matches the list's filters, as a
/// .zip download or an upload names it instead of listing the letters.
/// </summary>
public sealed record LetterMatching(string? Section, string? ServiceType, string? Recipient, string? Q)
{
    public async Task<IReadOnlyList<string>> NamesAsync(
        LetterLister lister, string companyId, CancellationToken cancellationToken)
    {
        var query = LetterQueryParser.Parse(Section, ServiceType, Recipient, Q, null, null, null);
        return await lister.NamesMatchingAsync(companyId, query.Section, query.Filter, cancellationToken);
    }
}
