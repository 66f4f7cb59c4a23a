namespace Portale.Core.Letters;

/// <summary>
/// The wire names of <see cref="Section"/> (<c>new|to-work|cc|archive</c>), also used in storage keys.
/// </summary>
public static class SectionNames
{
    private static readonly Dictionary<string, Section> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["new"] = Section.New,
        ["to-work"] = Section.ToWork,
        ["cc"] = Section.Cc,
        ["archive"] = Section.Archive,
    };

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string Of(Section section) => section switch
    {
        Section.New => "new",
        Section.ToWork => "to-work",
        Section.Cc => "cc",
        _ => "archive",
    };

    public static bool TryParse(string? text, out Section section) =>
        ByName.TryGetValue(text ?? string.Empty, out section);
}
