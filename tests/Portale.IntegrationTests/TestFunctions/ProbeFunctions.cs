using Microsoft.Azure.Functions.Worker;
using Portale.Adapters.Storage;
using Portale.Core.Time;

namespace Portale.IntegrationTests.TestFunctions;

/// <summary>
/// Test-only functions loaded into the local host beside the app's own, to prove its timer and blob
/// triggers behave like the real host's (schedule in Europe/Rome, once per blob version, retries, poison).
/// </summary>
public sealed class ProbeFunctions(StorageClients clients, TimeProvider clock)
{
    public const string Container = "probe-incoming";
    public const string TimerName = "ProbeNightlyTimer";
    public const string BlobName = "ProbeBlob";

    [Function(TimerName)]
    public Task RunNightly([TimerTrigger("0 0 1 * * *")] TimerInfo timer) =>
        new ProbeLog(clients).RecordAsync(TimerName, RomeTime.Now(clock).ToString("O"), timer.IsPastDue.ToString());

    [Function(BlobName)]
    public async Task RunBlob([BlobTrigger(Container + "/{name}")] string content, string name, FunctionContext context)
    {
        if (name.StartsWith("fail-", StringComparison.Ordinal))
        {
            await new ProbeLog(clients).RecordAsync(BlobName, name, $"attempt {context.RetryContext.RetryCount + 1}");
            throw new InvalidOperationException("This probe blob always fails.");
        }
        await new ProbeLog(clients).RecordAsync(BlobName, name, content);
    }
}
