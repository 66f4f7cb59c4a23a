using Portale.Adapters.Letters;
using Portale.Adapters.Reminders;
using Portale.Adapters.Storage;
using Portale.Core.Letters;
using Portale.Core.Reminders;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Publication;

/// <summary>
/// Letters and solleciti are published by one batch writer: a re-run after a crash publishes the
/// documents again with new ones, and those already there are skipped, not counted twice.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PublicationRerunTests(AzuriteProcess azurite)
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 1, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Letters_published_again_beside_new_ones_are_skipped_and_counted_once()
    {
        var store = new TableLetterStore(await ClientsAsync());
        var company = $"pub-{Guid.NewGuid():N}"[..20];
        var letters = Enumerable.Range(1, 3).Select(i => Letter(company, i)).ToList();
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
        var store = new TableReminderStore(await ClientsAsync());
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

    private async Task<StorageClients> ClientsAsync()
    {
        var clients = new StorageClients(new StorageOptions { ConnectionString = azurite.ConnectionString });
        await new StorageInitializer(clients).EnsureCreatedAsync(CancellationToken.None);
        return clients;
    }

    private static Letter Letter(string company, int i) => new(company, $"L-P-26-000000{i}_01.PDF", Recipient.To, At,
        new LetterFields("1", "RECLAMI", "POD", ServiceType.Gas, "T", "S", "C", "A", 20, false, Sector.Energy), "h");
}
