using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Portale.Adapters.Feed;
using Portale.Adapters.Letters;
using Portale.Adapters.Publication;
using Portale.Adapters.Reminders;
using Portale.Adapters.Storage;
using Portale.Core.Letters;
using Portale.Core.Publication;
using Portale.Core.Reminders;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Publication;

/// <summary>
/// The nightly loading is idempotent: a run cut short (or a second run beside it) is finished by the
/// next. Marking staged documents published again finishes what was half done, and publishing
/// letters or solleciti again beside new ones skips those already there and counts nothing twice.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PublicationRecoveryTests(AzuriteProcess azurite)
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 1, 30, 0, TimeSpan.FromHours(1));

    private static readonly LetterFields Fields =
        new("1", "RECLAMI", "POD", ServiceType.Gas, "T", "S", "C", "A", 20, false, Sector.Energy);

    [Fact]
    public async Task Letters_already_removed_from_pending_by_an_earlier_run_are_marked_published_with_the_rest()
    {
        var clients = await ClientsAsync();
        var staged = new TableStagedLetters(clients);
        var letters = Enumerable.Range(1, 3).Select(_ => Letter(UniqueName('L'))).ToList();
        foreach (var letter in letters)
        {
            Assert.Equal(StagingOutcome.Added, await staged.TryAddAsync(letter, CancellationToken.None));
        }
        await Table(clients).DeleteEntityAsync("pending", letters[1].Name);

        await staged.MarkPublishedAsync(letters, At, CancellationToken.None);

        var pending = (await staged.PendingAsync(CancellationToken.None)).Select(l => l.Name);
        Assert.Empty(pending.Intersect(letters.Select(l => l.Name)));
        foreach (var letter in letters)
        {
            Assert.NotNull(await staged.FindPublishedAsync(letter.Name, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Reminders_already_removed_from_pending_by_an_earlier_run_are_marked_published_with_the_rest()
    {
        var clients = await ClientsAsync();
        var staged = new TableStagedReminders(clients);
        var reminders = Enumerable.Range(1, 3)
            .Select(_ => new StagedReminder(UniqueName('S'), UniqueName('L'), "acme", "h", At, "bo")).ToList();
        foreach (var reminder in reminders)
        {
            Assert.Equal(StagingOutcome.Added, await staged.TryAddAsync(reminder, 1, CancellationToken.None));
        }
        await Table(clients).DeleteEntityAsync("reminder-pending", reminders[1].Name);

        await staged.MarkPublishedAsync(reminders, At, CancellationToken.None);

        var pending = (await staged.PendingAsync(CancellationToken.None)).Select(r => r.Name);
        Assert.Empty(pending.Intersect(reminders.Select(r => r.Name)));
        foreach (var reminder in reminders)
        {
            Assert.True(await staged.IsKnownAsync(reminder.Name, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Letters_published_again_beside_new_ones_are_skipped_and_counted_once()
    {
        var clients = await ClientsAsync();
        var store = new TableLetterStore(
            clients, new TableChangeFeed(clients, TimeProvider.System, NullLogger<TableChangeFeed>.Instance), Dashboards(clients),
            TimeProvider.System);
        var company = $"pub-{Guid.NewGuid():N}"[..20];
        var letters = Enumerable.Range(1, 3).Select(i => PublishedLetter(company, i)).ToList();
        await store.PublishAsync(letters[..2], CancellationToken.None);

        await store.PublishAsync(letters, CancellationToken.None);
        await store.PublishAsync([letters[0]], CancellationToken.None);

        Assert.Equal(3, await store.CountAsync(company, Section.New, new LetterFilter(null, null, null), new DateOnly(2026, 3, 10),
            CancellationToken.None));
        Assert.Equal(3, (await store.FindManyAsync(company, letters.Select(l => l.Name).ToList(), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Reminders_published_again_beside_new_ones_are_skipped_and_counted_once()
    {
        var clients = await ClientsAsync();
        var store = new TableReminderStore(clients, Dashboards(clients));
        var company = $"pub-{Guid.NewGuid():N}"[..20];
        var reminders = Enumerable.Range(1, 3)
            .Select(i => new Reminder(company, $"S-P-26-000000{i}_01.PDF", $"L-P-26-000000{i}_01.PDF", At, "h")).ToList();
        await store.PublishAsync(reminders[..1], CancellationToken.None);

        await store.PublishAsync(reminders, CancellationToken.None);
        await store.PublishAsync([reminders[2]], CancellationToken.None);

        Assert.Equal(3, await store.CountAsync(company, onlyNew: false, CancellationToken.None));
        Assert.Equal(3, await store.CountAsync(company, onlyNew: true, CancellationToken.None));
        Assert.Equal(3, (await store.ReadNewestFirstAsync(company, null, 10, CancellationToken.None)).Items.Count);
    }

    private static Letter PublishedLetter(string company, int i) =>
        new(company, $"L-P-26-000000{i}_01.PDF", Recipient.To, At, Fields, "h");

    private async Task<StorageClients> ClientsAsync()
    {
        var clients = new StorageClients(new StorageOptions { ConnectionString = azurite.ConnectionString });
        await new StorageInitializer(clients).EnsureCreatedAsync(CancellationToken.None);
        return clients;
    }

    private static TableClient Table(StorageClients clients) => clients.Table(StorageNames.StagedLettersTable);

    private static string UniqueName(char kind) => $"{kind}-P-26-{Random.Shared.Next(0, 10_000_000):D7}_{Random.Shared.Next(10, 100)}.PDF";

    private static StagedLetter Letter(string name) => new(name, "acme", [], Fields, "h", At, "bo");

    private static TableCompanyDashboards Dashboards(StorageClients clients) => new(
        clients, new Portale.Adapters.Companies.TableCompanyDirectory(clients), TimeProvider.System,
        NullLogger<TableCompanyDashboards>.Instance);
}
