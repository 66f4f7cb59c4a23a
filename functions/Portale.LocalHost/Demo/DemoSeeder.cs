using Portale.Core.Notices;

namespace Portale.LocalHost.Demo;

/// <summary>Fills a local portal with demo data so a person can try it at once. Idempotent: fixed ids.</summary>
public sealed class DemoSeeder(
    INoticeStore notices, DemoOperator demoOperator, DemoLetters demoLetters, DemoReminders demoReminders,
    DemoUploads demoUploads, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var nextSunday = RomeTime.Today(clock).AddDays(7 - (int)RomeTime.Today(clock).DayOfWeek + 7);
        await notices.SaveAsync(new Notice(
            "demo-benvenuto",
            NoticeKind.Information,
            "Benvenuto nel Portale Operatori-Gestori",
            "Questo è un ambiente dimostrativo con dati di prova: nessuna comunicazione viene inviata davvero.",
            now.AddMinutes(-1),
            null,
            null), cancellationToken);
        await notices.SaveAsync(new Notice(
            "demo-intervento-programmato",
            NoticeKind.PlannedIntervention,
            "Intervento tecnico programmato",
            "Il portale non sarà disponibile per un intervento di manutenzione programmata.",
            now.AddMinutes(-1),
            RomeTime.At(nextSunday, new TimeOnly(8, 0)),
            RomeTime.At(nextSunday, new TimeOnly(12, 0))), cancellationToken);
        await demoOperator.SeedAsync(cancellationToken);
        await demoLetters.SeedAsync(DemoOperator.UserId, cancellationToken);
        await demoReminders.SeedAsync(cancellationToken);
        await demoUploads.SeedAsync(DemoOperator.UserId, cancellationToken);
        logger.LogInformation("Demo data seeded");
    }
}
