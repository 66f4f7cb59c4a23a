using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Portale.Core.Uploads;

namespace Portale.Functions.Uploads;

/// <summary>
/// Runs when an uploaded file lands in <c>incoming</c> (Event Grid BlobCreated in Azure; the local
/// host's watcher here). Duplicate events and retries are expected: <see cref="UploadProcessor"/> is
/// idempotent. A blob without an upload record is logged and left alone, never retried.
/// </summary>
public sealed class ProcessIncomingUploadFunction(UploadProcessor processor, ILogger<ProcessIncomingUploadFunction> logger)
{
    public const string Name = "ProcessIncomingUpload";

    [Function(Name)]
    public async Task Run(
        [BlobTrigger("incoming/{companyId}/{uploadId}", Source = BlobTriggerSource.EventGrid, Connection = "PortaleData")] Stream blob,
        string companyId,
        string uploadId,
        CancellationToken cancellationToken)
    {
        await blob.DisposeAsync(); // the processor reads the file itself, within the kind's limits
        var outcome = await processor.ProcessAsync(companyId, uploadId, cancellationToken);
        if (outcome is UploadProcessing.NoRecord or UploadProcessing.NoFile)
        {
            logger.LogWarning("Incoming blob {Company}/{Upload}: {Outcome}, nothing processed", companyId, uploadId, outcome);
        }
        else
        {
            logger.LogInformation("Upload {Company}/{Upload}: {Outcome}", companyId, uploadId, outcome);
        }
    }
}
