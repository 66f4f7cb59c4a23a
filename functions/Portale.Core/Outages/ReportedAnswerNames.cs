namespace Portale.Core.Outages;

/// <summary>
/// The answer names of a report (manual ch. 9: "R-P-20....._XXX.PDF"): any case, the extension optional,
/// each once; a first row that is not a name is a header. At most <see cref="Max"/>; at most
/// <see cref="MaxMessages"/> wrong ones are listed, each cut to <see cref="MaxShown"/> characters.
/// </summary>
public static class ReportedAnswerNames
{
    public const int Max = 500;
    public const int MaxMessages = 20;
    public const int MaxShown = 60;

    public static IReadOnlyList<string> Check(IReadOnlyList<ReportedName> names, string field, ValidationErrors errors)
    {
        var canonical = new List<string>();
        var wrong = 0;
        foreach (var name in names)
        {
            var text = name.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (Canonical(text) is { } answer)
            {
                canonical.Add(answer);
            }
            else if (name.Row != 1 && ++wrong <= MaxMessages)
            {
                var where = name.Row is { } row ? $"Riga {row}: " : "";
                errors.Add(field, $"{where}'{Shown(text)}' non è il nome di una risposta (R-P-AA-NNNNNNN_NN.PDF).");
            }
        }
        canonical = canonical.Distinct().ToList();
        if (canonical.Count == 0 && wrong == 0)
        {
            errors.Add(field, "Indicare almeno una risposta non caricata (R-P-AA-NNNNNNN_NN.PDF).");
        }
        if (canonical.Count > Max)
        {
            errors.Add(field, $"È possibile segnalare al massimo {Max} risposte per volta.");
        }
        return canonical;
    }

    /// <summary>The canonical answer name of <paramref name="text"/>, or null when it is not one.</summary>
    public static string? Canonical(string text)
    {
        var withExtension = text.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? text : text + ".PDF";
        return DocumentName.TryParse(withExtension, out var name) && name.Kind == DocumentKind.Answer
            ? name.ToString()
            : null;
    }

    private static string Shown(string text) => text.Length <= MaxShown ? text : text[..MaxShown] + "…";
}
