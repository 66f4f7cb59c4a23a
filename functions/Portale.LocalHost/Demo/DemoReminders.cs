using Portale.Adapters.Documents;
using Portale.Core.Reminders;

namespace Portale.LocalHost.Demo;

/// <summary>
/// Demo solleciti (manual 6.4) for two overdue letters of <see cref="DemoLetters.Energy"/>: staged
/// through the back office's real validation (published, unanswered letter, sector limit) and
/// published as the nightly loading does, to the letter's TO company only. Not downloaded, so the
/// "Nuovi solleciti ricevuti" tile shows them in its badge. Idempotent: fixed names.
/// </summary>
public sealed class DemoReminders(
    ReminderStaging staging,
    IStagedReminders staged,
    IReminderStore reminders,
    TimeProvider clock,
    ILogger<DemoReminders> logger)
{
    /// <summary>Sollecito name → the demo letter it reminds and how many days ago it was published.</summary>
    private static readonly (string Name, string Letter, int DaysAgo)[] All =
    [
        ("S-P-26-9000007_01.PDF", "L-P-26-9000007_01.PDF", 2),
        ("S-P-26-9000006_01.PDF", "L-P-26-9000006_01.PDF", 0),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await staged.IsKnownAsync(All[0].Name, cancellationToken))
        {
            return;
        }
        var today = RomeTime.Today(clock);
        foreach (var (name, letter, daysAgo) in All)
        {
            var pdf = PdfTextWriter.Lines(
                "Sportello per il consumatore Energia e Ambiente",
                $"Sollecito {name}",
                $"Riferimento lettera: {letter}",
                "La lettera non risulta lavorata entro il termine previsto (documento dimostrativo).");
            var reminder = await staging.StageAsync(
                name, pdf, new ReminderStagingRequest(letter), "demo", cancellationToken);
            var publishedAt = RomeTime.At(today.AddDays(-daysAgo), new TimeOnly(1, 0));
            await reminders.PublishAsync([reminder.ToPublish(publishedAt)], cancellationToken);
            await staged.MarkPublishedAsync([reminder], publishedAt, cancellationToken);
        }
        logger.LogInformation("Demo reminders published for {Energy}", DemoLetters.Energy);
    }
}
