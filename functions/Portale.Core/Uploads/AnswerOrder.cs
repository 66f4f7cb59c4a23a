namespace Portale.Core.Uploads;

/// <summary>
/// Arrival decides (manual 6.5): the first answer of a letter is the one received first, the one further
/// answer is the next received within 72 hours of it, whatever order the uploads are processed in. So
/// placing the same answers always gives the same result: an upload received earlier but processed later
/// becomes the first, and the one processed before it becomes the further answer (or is refused, when it
/// came more than 72 hours after the new first, or when two further answers now precede it).
/// </summary>
public static class AnswerOrder
{
    public static AnswerPlacement Place(IEnumerable<FiledAnswer> answers)
    {
        // Ties (the same instant) are broken by upload id, so every run orders them alike.
        var ordered = answers
            .DistinctBy(a => a.UploadId)
            .OrderBy(a => a.ArrivedAt)
            .ThenBy(a => a.UploadId, StringComparer.Ordinal)
            .ToList();
        if (ordered.Count == 0)
        {
            throw new ArgumentException("At least one answer is needed to place answers.", nameof(answers));
        }
        var first = ordered[0];
        FiledAnswer? replacement = null;
        var refused = new List<RefusedAnswer>();
        foreach (var later in ordered.Skip(1))
        {
            if (AnswerReplacementWindow.Check(first.ArrivedAt, replacement is not null, later.ArrivedAt) is { } why)
            {
                refused.Add(new RefusedAnswer(later, why));
            }
            else
            {
                replacement = later;
            }
        }
        return new AnswerPlacement(first, replacement, refused);
    }
}
