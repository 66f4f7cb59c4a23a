namespace Portale.Core.Uploads;

/// <summary>An upload refused for a reason the operator must read: <see cref="Exception.Message"/> is the Italian reason.</summary>
public sealed class UploadRejectedException(string reason) : Exception(reason)
{
    public string Reason => Message;
}
