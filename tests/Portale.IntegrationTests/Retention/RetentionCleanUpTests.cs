using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Storage;
using Portale.Core.Accounts.Users;
using Portale.Core.Retention;
using Portale.Functions.Security;
using Portale.Functions.Retention;
using Portale.IntegrationTests.Accounts;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Retention;

/// <summary>
/// The daily clean-up (issue 11, retention) run through the local host's admin route on a moved clock:
/// what has outlived its purpose goes, what is live stays.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RetentionCleanUpTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task The_clean_up_removes_expired_rows_and_nothing_live()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        using var anonymous = host.AnonymousClient();
        var users = host.Services.GetRequiredService<IUserStore>();
        var sessions = host.Services.GetRequiredService<StorageClients>().Table(StorageNames.SessionsTable);

        // Day 0: a registration never confirmed, and a user whose session will have ended.
        var neverConfirmed = TestOperator.New();
        using (var registered = await anonymous.RegisterAsync(neverConfirmed))
        {
            Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        }
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        var endedKeys = await SessionKeysAsync(sessions, op.Username);
        Assert.Single(endedKeys);

        // Five days later: a fresh registration, whose link still works, and a live session.
        await host.SetClockAsync(AccountHosts.Start.AddDays(5));
        var pending = TestOperator.New();
        using (var registered = await anonymous.RegisterAsync(pending))
        {
            Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        }
        using var live = await host.SignInAsync(op);

        using (var run = await host.Client.PostAsJsonAsync($"/admin/functions/{RetentionFunctions.CleanUp}", new { }))
        {
            Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        }

        Assert.Null(await users.FindAsync(UserIds.From(neverConfirmed.Username)!, CancellationToken.None));
        Assert.Equal(AccountStatus.Pending,
            (await users.FindAsync(UserIds.From(pending.Username)!, CancellationToken.None))?.Status);
        Assert.Equal(AccountStatus.Active,
            (await users.FindAsync(UserIds.From(op.Username)!, CancellationToken.None))?.Status);
        var keys = await SessionKeysAsync(sessions, op.Username);
        Assert.DoesNotContain(endedKeys[0], keys);
        Assert.Single(keys);
        Assert.False((await sessions.GetEntityIfExistsAsync<TableEntity>(endedKeys[0], string.Empty)).HasValue);
        Assert.Equal(HttpStatusCode.OK, (await live.GetAsync("/api/me")).StatusCode);

        // The run is in the job log the back office reads, with what it removed.
        using var helpDesk = await host.StaffClientAsync(StaffRoles.HelpDesk);
        using var log = await helpDesk.GetAsync($"/api/backoffice/jobs?job={RetentionService.JobName}");
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        var latest = (await log.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0];
        Assert.Equal("completed", latest.GetProperty("status").GetString());
        Assert.True(latest.GetProperty("counts").GetProperty("sessions").GetInt32() >= 1);
        Assert.True(latest.GetProperty("counts").GetProperty("unconfirmed-registrations").GetInt32() >= 1);

        var confirmation = await Outbox.LatestAsync(anonymous, pending.Email, "Conferma registrazione");
        using var confirmed = await anonymous.GetAsync($"/api/accounts/confirm?token={Outbox.Token(confirmation)}");
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    private static async Task<List<string>> SessionKeysAsync(TableClient sessions, string username)
    {
        var keys = new List<string>();
        var partition = "user-" + UserIds.From(username);
        await foreach (var row in sessions.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["RowKey"]))
        {
            keys.Add(row.RowKey);
        }
        return keys;
    }
}
