namespace Portale.Core.Uploads;

public enum UploadOutcome
{
    Accepted,
    Rejected,
}
