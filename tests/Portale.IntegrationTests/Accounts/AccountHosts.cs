using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

/// <summary>Account tests run on a pinned business clock, away from the nightly maintenance window.</summary>
public static class AccountHosts
{
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-03-10T10:00:00+01:00");

    public static Task<PortaleHost> StartAsync(AzuriteProcess azurite, IDictionary<string, string>? settings = null, string environment = "Development")
    {
        var all = new Dictionary<string, string> { ["Portale:Clock:Now"] = Start.ToString("O") };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        return PortaleHost.StartAsync(azurite, environment, all);
    }
}
