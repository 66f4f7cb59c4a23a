namespace Portale.Core.Uploads;

public enum UploadProcessing
{
    Done,
    AlreadyDone,
    NoRecord,
    NoFile,
}
