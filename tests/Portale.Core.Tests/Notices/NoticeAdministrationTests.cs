using Portale.Core.Notices;
using Portale.Core.Refusals;

namespace Portale.Core.Tests.Notices;

public sealed class NoticeAdministrationTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-03-10T10:00:00+01:00");

    private static Dictionary<string, string[]> Errors(Action action) =>
        Assert.Throws<RefusalException>(action).Errors!.ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public void A_planned_intervention_is_announced_at_least_four_calendar_days_ahead_with_start_and_resumption()
    {
        var ok = NoticeAdministration.Check("manutenzione-marzo", new("planned", "Manutenzione", "Il portale non sarà disponibile.", null, Now.AddDays(4), Now.AddDays(4).AddHours(3)), Now);
        Assert.Equal((NoticeKind.PlannedIntervention, Now), (ok.Kind, ok.PublishedAt));

        var early = Errors(() => NoticeAdministration.Check("m", new("planned", "Manutenzione", "Testo", null, Now.AddDays(4).AddMinutes(-1), Now.AddDays(5)), Now));
        Assert.Equal("Un intervento programmato va annunciato almeno 4 giorni solari prima del suo inizio (manuale 8.1): pubblicato il 10/03/2026 10:00, può iniziare non prima del 14/03/2026 10:00.", Assert.Single(early["from"]));
        Assert.Contains("to", Errors(() => NoticeAdministration.Check("m", new("planned", "Manutenzione", "Testo", null, Now.AddDays(6), null), Now)).Keys);
    }

    [Fact]
    public void An_unplanned_intervention_needs_its_start_and_a_resumption_after_it()
    {
        Assert.Null(NoticeAdministration.Check("guasto", new("unplanned", "Guasto", "Servizio interrotto.", null, Now.AddHours(-1), null), Now).To);
        Assert.Contains("from", Errors(() => NoticeAdministration.Check("guasto", new("unplanned", "Guasto", "Testo", null, null, null), Now)).Keys);
        Assert.Contains("to", Errors(() => NoticeAdministration.Check("guasto", new("unplanned", "Guasto", "Testo", null, Now, Now.AddHours(-1)), Now)).Keys);
    }

    [Fact]
    public void Id_kind_title_and_text_are_checked_all_at_once()
    {
        var errors = Errors(() => NoticeAdministration.Check("Avviso 1", new("altro", "", new string('x', 2001), null, null, null), Now));
        Assert.Equal(["id", "kind", "message", "title"], errors.Keys.Order());
        Assert.Equal(4, Errors(() => NoticeAdministration.Check("Avviso 1", null, Now)).Count);
    }
}
