namespace Portale.Core.Uploads;

/// <summary>One file's outcome within an upload: a single PDF, or one entry of a .zip.</summary>
public sealed record UploadResult(string File, string? Letter, UploadOutcome Outcome, string? Reason);
