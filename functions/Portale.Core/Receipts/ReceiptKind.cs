namespace Portale.Core.Receipts;

/// <summary>What a receipt proves arrived: an answer, a free communication, a TIRV rejection, or a refusal.</summary>
public enum ReceiptKind
{
    Answer,
    Communication,
    TirvRejection,
    Refusal,
}
