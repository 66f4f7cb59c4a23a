namespace Portale.Core.Letters;

/// <summary>The operator's own note on a letter (manual 6.1: max 500 characters). Empty text removes it.</summary>
public sealed class LetterNotes(LetterUpdates updates)
{
    public const int MaxLength = 500;

    public Task<Letter> SetAsync(string companyId, string name, string? text, CancellationToken cancellationToken)
    {
        if (text is { Length: > MaxLength })
        {
            throw RefusalException.Field("note-too-long", "text", $"La nota non può superare {MaxLength} caratteri " +
                $"(inseriti {text.Length}).");
        }
        var note = string.IsNullOrWhiteSpace(text) ? null : text;
        return updates.ApplyAsync(
            companyId, name, l => l.Note == note ? null : l with { Note = note }, cancellationToken);
    }
}
