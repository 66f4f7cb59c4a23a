namespace Portale.Core.Uploads;

/// <summary>Deterministic names derived from an upload, so a retry writes exactly what the first run wrote.</summary>
public static class UploadKeys
{
    /// <summary>
    /// Newest first: inverted ticks of the upload's arrival, then the upload id and the file's position.
    /// </summary>
    public static string LogKey(UploadRecord upload, int index) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{DateTimeOffset.MaxValue.UtcTicks - upload.ReceivedAt.UtcTicks:D19}_{upload.UploadId}_{index:D4}");

    /// <summary>
    /// Where an answer is kept: one blob per upload, so a replacement never overwrites the first answer.
    /// </summary>
    public static string AnswerPath(string companyId, string uploadId, string answerName) =>
        $"answers/{companyId}/{uploadId}/{answerName}";

    public static string CommunicationPath(string companyId, string uploadId) =>
        $"communications/{companyId}/{uploadId}";

    /// <summary>Upload ids are GUIDs in "N" form: anything else is not an upload.</summary>
    public static bool IsUploadId(string? text) => text is { Length: 32 } && Guid.TryParseExact(text, "N", out _);
}
