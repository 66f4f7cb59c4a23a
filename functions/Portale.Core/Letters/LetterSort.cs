namespace Portale.Core.Letters;

/// <summary>
/// A <c>sort=field:asc|desc</c> choice. The default, newest first, is served straight from the section index.
/// </summary>
public sealed record LetterSort(string Field, bool Descending)
{
    public static LetterSort Default { get; } = new(LetterSortFields.PublishedAt, true);

    public bool IsDefault => this == Default;

    public override string ToString() => $"{Field}:{(Descending ? "desc" : "asc")}";
}
