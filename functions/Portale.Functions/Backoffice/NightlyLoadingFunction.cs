using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Portale.Core.Publication;

namespace Portale.Functions.Backoffice;

/// <summary>
/// Every five minutes (UTC schedule, so nothing depends on the host's time zone) asks whether the
/// 01:00 Europe/Rome loading is due and not yet done today; the ledger makes it once a day.
/// </summary>
public sealed class NightlyLoadingFunction(NightlyPublication publication, ILogger<NightlyLoadingFunction> logger)
{
    public const string Name = "NightlyLoading";

    [Function(Name)]
    public async Task Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (await publication.RunIfDueAsync(cancellationToken) is { } count)
        {
            logger.LogInformation("Nightly loading published {Count} letters and reminders", count);
        }
    }
}
