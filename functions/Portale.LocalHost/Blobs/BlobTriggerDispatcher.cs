using Azure.Storage.Blobs;

namespace Portale.LocalHost.Blobs;

/// <summary>Invokes a blob-triggered function for one blob version: retries, then parks the blob as poison.</summary>
public sealed class BlobTriggerDispatcher(
    StorageClients clients,
    BlobReceipts receipts,
    FunctionInvoker invoker,
    ILogger<BlobTriggerDispatcher> logger)
{
    public static BlobPathPattern PatternOf(FunctionDescriptor function) =>
        new(((BlobTriggerAttribute)function.TriggerAttribute).BlobPath);

    /// <summary>Processes the blob unless this version was already processed (or <paramref name="force"/>).</summary>
    public async Task<BlobOutcome> DispatchAsync(
        FunctionDescriptor function, string blobName, bool force, CancellationToken cancellationToken)
    {
        var pattern = PatternOf(function);
        var bindingData = pattern.Match(blobName);
        if (bindingData is null)
        {
            return BlobOutcome.NotMatching;
        }
        var blob = clients.Container(pattern.Container).GetBlobClient(blobName);
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
        var etag = properties.Value.ETag;
        if (!force && await receipts.HasAsync(function.Name, pattern.Container, blobName, etag, cancellationToken))
        {
            return BlobOutcome.AlreadyProcessed;
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var trigger = await BlobValueBinder.BindAsync(
                    blob, function.TriggerParameter.ParameterType, cancellationToken);
                var input = new InvocationInput(trigger, bindingData, RetryCount: attempt - 1);
                await invoker.InvokeAsync(function, input, cancellationToken);
                await receipts.RecordAsync(
                    function.Name, pattern.Container, blobName, etag, "processed", cancellationToken);
                return BlobOutcome.Processed;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Blob function {Function} failed on {Blob} (attempt {Attempt})",
                    function.Name, blobName, attempt);
                if (attempt >= BlobRetryPolicy.MaxAttempts)
                {
                    await ParkAsPoisonAsync(blob, pattern.Container, ex, cancellationToken);
                    await receipts.RecordAsync(
                        function.Name, pattern.Container, blobName, etag, "poison", cancellationToken);
                    return BlobOutcome.Poisoned;
                }
                await Task.Delay(BlobRetryPolicy.DelayBefore(attempt), cancellationToken);
            }
        }
    }

    private async Task ParkAsPoisonAsync(
        BlobClient blob, string container, Exception error, CancellationToken cancellationToken)
    {
        var poison = clients.Container($"{container}-poison");
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var target = poison.GetBlobClient(blob.Name);
        await using var source = await blob.OpenReadAsync(cancellationToken: cancellationToken);
        await target.UploadAsync(source, overwrite: true, cancellationToken);
        var reason = error.GetType().Name;
        await target.SetMetadataAsync(
            new Dictionary<string, string> { ["error"] = reason }, cancellationToken: cancellationToken);
        logger.LogError(error, "Blob {Blob} parked in {Container} after {Attempts} attempts",
            blob.Name, poison.Name, BlobRetryPolicy.MaxAttempts);
    }
}
