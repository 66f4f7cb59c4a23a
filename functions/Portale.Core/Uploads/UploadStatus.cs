namespace Portale.Core.Uploads;

public enum UploadStatus
{
    Pending,
    Accepted,
    Rejected,
}
