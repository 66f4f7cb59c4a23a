namespace Portale.Core.Letters.Search;

/// <summary>
/// One text filter of "Ricerca lettere" (manual 6.8). Without <c>%</c> it matches the whole field,
/// ignoring case; with <c>%</c> ("ricerca estesa") it is a pattern where <c>%</c> stands for any run
/// of characters, e.g. <c>L-P-20%</c> = every letter starting with L-P-20. A field with no value
/// (no note, no answer yet) never matches, so <c>%</c> alone means "has a value". Case is ignored by
/// comparing <see cref="Normalize">normalised</see> forms, the same ones storage keeps beside each
/// compared column, so a match in memory is always a match in storage too.
/// </summary>
public sealed class LetterPattern
{
    public const char Wildcard = '%';

    private readonly Regex? regex;

    public LetterPattern(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        Text = text;
        Normalized = Normalize(text);
        if (IsExtended)
        {
            // NonBacktracking: matching time is linear in the value, whatever the pattern.
            var body = string.Join(".*", Normalized.Split(Wildcard).Select(Regex.Escape));
            const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.Singleline
                | RegexOptions.NonBacktracking;
            regex = new Regex($@"\A{body}\z", options);
        }
    }

    public string Text { get; }

    /// <summary>The text in its <see cref="Normalize">normalised</see> form.</summary>
    public string Normalized { get; }

    /// <summary>True for a "ricerca estesa" (the text holds <c>%</c>).</summary>
    public bool IsExtended => Text.Contains(Wildcard);

    /// <summary>The literal start every match begins with (ignoring case): the whole text when not extended.</summary>
    public string Prefix => IsExtended ? Text[..Text.IndexOf(Wildcard)] : Text;

    /// <summary><see cref="Prefix"/>, normalised: what every match's normalised value starts with.</summary>
    public string NormalizedPrefix => Normalize(Prefix);

    /// <summary>True when the pattern is a literal start followed by one <c>%</c> (e.g. <c>L-P-20%</c>).</summary>
    public bool IsPrefixOnly => IsExtended && Text.IndexOf(Wildcard) == Text.Length - 1;

    public bool Matches(string? value) =>
        !string.IsNullOrEmpty(value)
            && (regex?.IsMatch(Normalize(value)) ?? string.Equals(Normalize(value), Normalized, StringComparison.Ordinal));

    /// <summary>The form a compared text is kept and compared in: upper case, culture-invariant.</summary>
    public static string Normalize(string value) => value.ToUpperInvariant();

    public override string ToString() => Text;
}
