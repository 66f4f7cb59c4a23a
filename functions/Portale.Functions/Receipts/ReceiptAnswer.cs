using System.Text.Json;

namespace Portale.Functions.Receipts;

/// <summary>
/// A receipt as the operators', the staff's and the systems' routes answer it: JSON with the JWS and what it
/// says, the bare JWS for <c>Accept: application/jose</c>, or the PDF for people.
/// </summary>
public static class ReceiptAnswer
{
    public const string JoseMediaType = "application/jose";

    public static IActionResult Json(HttpRequest request, Receipt receipt, string jws)
    {
        if (request.Headers.Accept.Any(a => a?.Contains(JoseMediaType, StringComparison.OrdinalIgnoreCase) == true))
        {
            return new ContentResult { Content = jws, ContentType = JoseMediaType, StatusCode = StatusCodes.Status200OK };
        }
        using var payload = JsonDocument.Parse(CompactJws.Payload(jws));
        return new OkObjectResult(new { receiptId = receipt.ReceiptId, jws, receipt = payload.RootElement.Clone() });
    }

    public static IActionResult Pdf(IReceiptDocumentWriter writer, Receipt receipt, string jws) =>
        new FileContentResult(writer.Write(receipt, jws), "application/pdf")
        {
            FileDownloadName = $"ricevuta-{receipt.ReceiptId}.pdf",
        };
}
