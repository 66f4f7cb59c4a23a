namespace Portale.Functions.Uploads;

/// <summary>
/// A row of "Comunicazioni libere" as operators and staff read it; <c>key</c> names it for the staff
/// route that downloads its PDF; <c>receiptId</c> names its receipt.
/// </summary>
public sealed record CommunicationJson(
    string Kind, string? Label, string File, DateTimeOffset SentAt, string User, string Hash, string Key,
    string ReceiptId)
{
    public static CommunicationJson From(Communication c) =>
        new(c.Kind.ToApiName(), c.Label, c.File, RomeTime.ToRome(c.SentAt), c.User, c.Hash, c.Key, c.Key);
}
