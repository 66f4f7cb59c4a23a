using Portale.Core.Letters;
using Portale.Core.Reminders;

namespace Portale.Core.Tests.Reminders;

public class ReminderTests
{
    [Fact]
    public void The_sector_limit_is_one_reminder_for_energy_and_two_for_water()
    {
        Assert.Equal(1, ReminderStaging.LimitFor(Sector.Energy));
        Assert.Equal(2, ReminderStaging.LimitFor(Sector.Water));
    }

    [Fact]
    public void A_staged_reminder_is_published_to_its_TO_company_as_new()
    {
        var at = new DateTimeOffset(2026, 12, 3, 1, 5, 0, TimeSpan.FromHours(1));
        var reminder = new StagedReminder("S-P-26-0000001_01.PDF", "L-P-26-0000001_01.PDF", "acme", "h", at, "bo").ToPublish(at);
        Assert.Equal("acme", reminder.CompanyId);
        Assert.True(reminder.IsNew);
        Assert.False((reminder with { DownloadedAt = at }).IsNew);
        Assert.Equal("reminders/S-P-26-0000001_01.PDF/h", reminder.DocumentPath);
    }
}
