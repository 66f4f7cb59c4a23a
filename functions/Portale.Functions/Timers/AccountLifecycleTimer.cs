using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Portale.Core.Accounts.Lifecycle;

namespace Portale.Functions.Timers;

/// <summary>Daily (04:30 UTC, after the nightly window): expired passwords, idle warnings, deactivations. Safe to rerun.</summary>
public sealed class AccountLifecycleTimer(AccountLifecycleService lifecycle, ILogger<AccountLifecycleTimer> logger)
{
    public const string Name = "AccountLifecycle";

    [Function(Name)]
    public async Task Run([TimerTrigger("0 30 4 * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var report = await lifecycle.RunAsync(cancellationToken);
        logger.LogInformation("Account lifecycle: {Warned} warned, {Deactivated} deactivated, {Expired} password-expired notices",
            report.Warned, report.Deactivated, report.PasswordsExpired);
    }
}
