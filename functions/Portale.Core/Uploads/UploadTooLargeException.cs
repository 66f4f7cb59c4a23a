namespace Portale.Core.Uploads;

/// <summary>
/// Thrown by <see cref="SizeLimitedStream"/> as soon as more than <see cref="LimitBytes"/> bytes come
/// through. The stream does not know the file's name, so the caller words the reason with
/// <see cref="UploadMessages.TooLarge"/>.
/// </summary>
public sealed class UploadTooLargeException(long limitBytes)
    : IOException($"The stream is longer than its limit of {limitBytes} bytes.")
{
    public long LimitBytes { get; } = limitBytes;
}
