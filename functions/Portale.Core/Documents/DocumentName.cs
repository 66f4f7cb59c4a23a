using System.Diagnostics.CodeAnalysis;

namespace Portale.Core.Documents;

/// <summary>
/// A document name <c>K-P-YY-NNNNNNN_NN.PDF</c>: kind L/R/S, the literal P, two-digit year, seven-digit
/// case number, two- or three-digit progressive, extension .PDF in any case. Names compare
/// case-insensitively; <see cref="ToString"/> gives the canonical upper-case form.
/// </summary>
public sealed partial record DocumentName
{
    private DocumentName(DocumentKind kind, string year, string caseNumber, string progressive)
    {
        Kind = kind;
        Year = year;
        CaseNumber = caseNumber;
        Progressive = progressive;
    }

    public DocumentKind Kind { get; }

    /// <summary>Two digits, as written.</summary>
    public string Year { get; }

    /// <summary>Seven digits, as written.</summary>
    public string CaseNumber { get; }

    /// <summary>Two or three digits, as written ("01" and "001" are different names).</summary>
    public string Progressive { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DocumentName? name)
    {
        name = null;
        if (text is null || Pattern().Match(text) is not { Success: true } match)
        {
            return false;
        }
        var kind = char.ToUpperInvariant(match.Groups["kind"].Value[0]) switch
        {
            'L' => DocumentKind.Letter,
            'R' => DocumentKind.Answer,
            _ => DocumentKind.Reminder,
        };
        name = new DocumentName(
            kind, match.Groups["year"].Value, match.Groups["case"].Value, match.Groups["progressive"].Value);
        return true;
    }

    public static DocumentName Parse(string text) =>
        TryParse(text, out var name)
            ? name
            : throw new FormatException($"'{text}' is not a document name of the form L-P-YY-NNNNNNN_NN.PDF.");

    /// <summary>The answer's name for this letter: R instead of L, everything else kept.</summary>
    public DocumentName ToAnswerName() => Kind == DocumentKind.Letter
        ? new DocumentName(DocumentKind.Answer, Year, CaseNumber, Progressive)
        : throw new InvalidOperationException($"Only a letter has an answer name; {this} is a {Kind}.");

    public override string ToString() => $"{Prefix(Kind)}-P-{Year}-{CaseNumber}_{Progressive}.PDF";

    private static char Prefix(DocumentKind kind) => kind switch
    {
        DocumentKind.Letter => 'L',
        DocumentKind.Answer => 'R',
        _ => 'S',
    };

    // [0-9], not \d, which also matches non-ASCII digits; \z, not $, which allows a trailing newline.
    [GeneratedRegex(@"^(?<kind>[LRS])-P-(?<year>[0-9]{2})-(?<case>[0-9]{7})_(?<progressive>[0-9]{2,3})\.PDF\z",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
