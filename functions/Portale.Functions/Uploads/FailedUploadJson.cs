namespace Portale.Functions.Uploads;

/// <summary>A row of "Invii falliti" as operators and staff read it; <c>receiptId</c> names its receipt.</summary>
public sealed record FailedUploadJson(string File, DateTimeOffset EventAt, string User, string Reason, string ReceiptId)
{
    public static FailedUploadJson From(FailedUpload f) =>
        new(f.File, RomeTime.ToRome(f.EventAt), f.User, f.Reason, f.Key);
}
