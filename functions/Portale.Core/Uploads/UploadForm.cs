namespace Portale.Core.Uploads;

/// <summary>What the multipart form said, before the file.</summary>
public sealed record UploadForm(string? Kind, IReadOnlyList<string> Letters, string? Label, string? FileName);
