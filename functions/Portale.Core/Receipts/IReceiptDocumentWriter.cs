namespace Portale.Core.Receipts;

/// <summary>The receipt as a PDF for people: its facts in Italian and the JWS, so the PDF alone can be verified.</summary>
public interface IReceiptDocumentWriter
{
    byte[] Write(Receipt receipt, string jws);
}
