using System.Text;
using Portale.Adapters.Documents;
using Portale.Core.Identity;
using Portale.Core.Uploads;

namespace Portale.LocalHost.Demo;

/// <summary>
/// Demo "Comunicazioni libere" and "Invii falliti" (manual 6.6, 6.7) for <see cref="DemoLetters.Energy"/>:
/// two uploads by the demo operator through the real intake (field checks, record, file into
/// <c>incoming</c>), judged by the blob-triggered <see cref="UploadProcessor"/> as any upload is — a
/// PDF communication, accepted and listed, and a "PDF" that is only text, refused with the manual's
/// "Il formato del file '…' non è valido". Idempotent: fixed upload ids.
/// </summary>
public sealed class DemoUploads(UploadIntake intake, IUploadStore uploads, ILogger<DemoUploads> logger)
{
    private const string CommunicationId = "d0c0a1a1d0c0a1a1d0c0a1a1d0c0a1a1";
    private const string FailedId = "d0c0fa11d0c0fa11d0c0fa11d0c0fa11";

    public async Task SeedAsync(string demoUserId, CancellationToken cancellationToken)
    {
        if (await uploads.FindAsync(DemoLetters.Energy, CommunicationId, cancellationToken) is not null)
        {
            return;
        }
        var user = new OperatorPrincipal(demoUserId, demoUserId, "demo-seed");
        var letter = PdfTextWriter.Lines(
            "Energia Demo S.p.A.",
            "Comunicazione allo Sportello (documento dimostrativo)",
            "Integrazione alla risposta: ID Caso 9000005, lettera L-P-26-9000005_01.PDF, cliente Gallo Sara.");
        var integration = new UploadForm("communication", [], "Integrazione", "integrazione-9000005.pdf");
        await SendAsync(CommunicationId, integration, letter, user, cancellationToken);
        await SendAsync(FailedId, new UploadForm("communication", [], "Allegati", "allegati.pdf"),
            Encoding.UTF8.GetBytes("Testo semplice, non un PDF."), user, cancellationToken);
        logger.LogInformation("Demo uploads sent for {Energy}: processed by the blob trigger", DemoLetters.Energy);
    }

    private async Task SendAsync(
        string uploadId, UploadForm form, byte[] content, OperatorPrincipal user, CancellationToken cancellationToken)
    {
        var checkedForm = await intake.CheckAsync(DemoLetters.Energy, form, user, cancellationToken);
        var record = checkedForm with { UploadId = uploadId };
        await intake.ReceiveAsync(record, new MemoryStream(content, writable: false), cancellationToken);
    }
}
