namespace Portale.Core.Uploads;

/// <summary>
/// One file's outcome within an upload: a single PDF, or one entry of a .zip. <see cref="Hash"/> is the
/// accepted PDF's, known to the run that filed it (its receipt states it); results read back do not keep it.
/// </summary>
public sealed record UploadResult(string File, string? Letter, UploadOutcome Outcome, string? Reason, string? Hash = null);
