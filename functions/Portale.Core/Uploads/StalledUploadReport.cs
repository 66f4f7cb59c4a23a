namespace Portale.Core.Uploads;

/// <summary>What one pass of <see cref="StalledUploadExpiry"/> did.</summary>
public sealed record StalledUploadReport(int Processed, int Failed, int Skipped);
