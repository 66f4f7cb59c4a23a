namespace Portale.Core.Uploads;

/// <summary>One entry of a .zip's central directory, as declared (sizes may lie; reading enforces them).</summary>
public sealed record ZipEntryInfo(string Name, long CompressedSize, long UncompressedSize);
