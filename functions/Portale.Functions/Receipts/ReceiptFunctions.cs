namespace Portale.Functions.Receipts;

/// <summary>
/// Ricevute: the receipt of an answer, a communication, a TIRV rejection or a refusal of the operator's company,
/// as signed JSON (JWS) or as a PDF; the company's own only (another company's receipt is 404, like an unknown
/// one). The public keys that verify them are <c>PortalJwks</c>.
/// </summary>
[OperatorOnly]
public sealed class ReceiptFunctions(ReceiptReader receipts, IReceiptDocumentWriter writer)
{
    private const string OneReceipt = "companies/{companyId}/receipts/{receiptId}";

    [Function("ReceiptsGet")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = OneReceipt)] HttpRequest request,
        string companyId, string receiptId, CancellationToken cancellationToken)
    {
        var (receipt, jws) = await receipts.GetAsync(companyId, receiptId, cancellationToken);
        return ReceiptAnswer.Json(request, receipt, jws);
    }

    [Function("ReceiptsDownloadPdf")]
    public async Task<IActionResult> DownloadPdf(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = OneReceipt + "/pdf")] HttpRequest request,
        string companyId, string receiptId, CancellationToken cancellationToken)
    {
        var (receipt, jws) = await receipts.GetAsync(companyId, receiptId, cancellationToken);
        return ReceiptAnswer.Pdf(writer, receipt, jws);
    }
}
