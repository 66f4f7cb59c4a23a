using System.Diagnostics.CodeAnalysis;

namespace Portale.Core.Uploads;

/// <summary>
/// The API's kebab-case names of <see cref="UploadKind"/>: answer, answers-zip, communication, tirv-rejection.
/// </summary>
public static class UploadKindNames
{
    private static readonly IReadOnlyDictionary<string, UploadKind> ByName = new Dictionary<string, UploadKind>(
        StringComparer.Ordinal)
    {
        ["answer"] = UploadKind.Answer,
        ["answers-zip"] = UploadKind.AnswersZip,
        ["communication"] = UploadKind.Communication,
        ["tirv-rejection"] = UploadKind.TirvRejection,
    };

    /// <summary>Exact, lower-case names only: a machine contract, not something people type.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out UploadKind kind) =>
        ByName.TryGetValue(text ?? "", out kind);

    /// <summary>
    /// The kind, or a refusal of the field <c>kind</c> saying in Italian why <paramref name="text"/> is not one.
    /// </summary>
    public static UploadKind Parse(string? text) =>
        TryParse(text, out var kind)
            ? kind
            : throw RefusalException.Field(RefusalException.ValidationFailed, "kind", UploadMessages.UnknownKind(text));

    public static string ToApiName(this UploadKind kind) => kind switch
    {
        UploadKind.Answer => "answer",
        UploadKind.AnswersZip => "answers-zip",
        UploadKind.Communication => "communication",
        UploadKind.TirvRejection => "tirv-rejection",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
