namespace Portale.Core.Sportello;

/// <summary>Every letter of one company, offline ones too, in no particular order (the staff's state filter).</summary>
public interface ICompanyLetterScan
{
    IAsyncEnumerable<Letter> ReadAllAsync(string companyId, CancellationToken cancellationToken);
}
