namespace Portale.Core.Letters.Search;

/// <summary>
/// One text filter of "Ricerca lettere" (manual 6.8). Without <c>%</c> it matches the whole field,
/// ignoring case; with <c>%</c> ("ricerca estesa") it is a pattern where <c>%</c> stands for any run
/// of characters, e.g. <c>L-P-20%</c> = every letter starting with L-P-20. A field with no value
/// (no note, no answer yet) never matches, so <c>%</c> alone means "has a value".
/// </summary>
public sealed class LetterPattern
{
    public const char Wildcard = '%';

    private readonly Regex? regex;

    public LetterPattern(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        Text = text;
        if (IsExtended)
        {
            // NonBacktracking: matching time is linear in the value, whatever the pattern.
            var body = string.Join(".*", text.Split(Wildcard).Select(Regex.Escape));
            const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
                | RegexOptions.Singleline | RegexOptions.NonBacktracking;
            regex = new Regex($@"\A{body}\z", options);
        }
    }

    public string Text { get; }

    /// <summary>True for a "ricerca estesa" (the text holds <c>%</c>).</summary>
    public bool IsExtended => Text.Contains(Wildcard);

    /// <summary>The literal start every match begins with (ignoring case): the whole text when not extended.</summary>
    public string Prefix => IsExtended ? Text[..Text.IndexOf(Wildcard)] : Text;

    public bool Matches(string? value) =>
        !string.IsNullOrEmpty(value)
            && (regex?.IsMatch(value) ?? string.Equals(value, Text, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Text;
}
