namespace Portale.Core.Uploads;

/// <summary>An answer accepted for a letter: its upload, when that upload arrived, who sent it, the PDF's hash.</summary>
public sealed record FiledAnswer(string UploadId, DateTimeOffset ArrivedAt, string By, string? Hash);
