namespace Portale.Core.Feed;

/// <summary>The API's names of <see cref="ChangeKind"/>: answer, communication, tirv-rejection, download, extension.</summary>
public static class ChangeKindNames
{
    private static readonly (ChangeKind Kind, string Name)[] All =
    [
        (ChangeKind.Answer, "answer"),
        (ChangeKind.Communication, "communication"),
        (ChangeKind.TirvRejection, "tirv-rejection"),
        (ChangeKind.Download, "download"),
        (ChangeKind.Extension, "extension"),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(a => a.Name).ToList();

    public static string Of(ChangeKind kind) => All.First(a => a.Kind == kind).Name;

    public static ChangeKind Parse(string name) => All.First(a => a.Name == name).Kind;
}
