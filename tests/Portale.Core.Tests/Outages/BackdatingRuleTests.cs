using Portale.Core.Outages;
using Portale.Core.Time;

namespace Portale.Core.Tests.Outages;

/// <summary>Manual 9.1: the day of the failed attempt, for answers uploaded within 72 hours of the resolution.</summary>
public sealed class BackdatingRuleTests
{
    private static readonly DateOnly Tuesday = new(2026, 3, 10);
    private static readonly Outage Outage = new("guasto", RomeTime.At(Tuesday, new TimeOnly(9, 0)), RomeTime.At(Tuesday, new TimeOnly(12, 1)), false, null);
    private static readonly DateTimeOffset Now = RomeTime.At(Tuesday.AddDays(10), new TimeOnly(9, 0));

    private static OutageClaim Claim(Outage outage, DateOnly attemptedOn, string id = "r1") =>
        new(new OutageReport("acme", id, outage.Id, attemptedOn, ["R-P-26-0000001_01.PDF"], Now, "op", false), outage);

    [Fact]
    public void An_answer_uploaded_within_72_hours_of_the_end_takes_the_day_of_the_attempt()
    {
        var backdating = BackdatingRule.For(Outage.EndsAt!.Value.AddHours(72), [Claim(Outage, Tuesday)], Now);

        Assert.NotNull(backdating);
        Assert.Equal((Tuesday, "guasto", "r1"), (backdating.AttemptedOn, backdating.OutageId, backdating.ReportId));
        Assert.Equal("Data Risposta attribuita al giorno del tentativo di caricamento non andato a buon fine (10/03/2026), " +
            "segnalato per l'indisponibilità del Portale dal 10/03/2026 09:00 al 10/03/2026 12:01 (manuale, capitolo 9).", backdating.Reason);
    }

    [Fact]
    public void One_second_after_the_72_hours_the_answer_keeps_its_own_day()
    {
        Assert.Null(BackdatingRule.For(Outage.EndsAt!.Value.AddHours(72).AddSeconds(1), [Claim(Outage, Tuesday)], Now));
    }

    [Fact]
    public void An_outage_that_does_not_qualify_gives_no_other_day()
    {
        var arrived = Outage.EndsAt!.Value.AddDays(1);
        var short_ = Outage with { EndsAt = RomeTime.At(Tuesday, new TimeOnly(11, 59)) };

        Assert.Null(BackdatingRule.For(arrived, [Claim(short_, Tuesday)], Now));
        Assert.Null(BackdatingRule.For(arrived, [Claim(Outage with { Planned = true }, Tuesday)], Now));
    }

    [Fact]
    public void An_answer_uploaded_before_the_outage_or_the_same_day_as_the_attempt_keeps_its_own_day()
    {
        Assert.Null(BackdatingRule.For(Outage.StartsAt.AddMinutes(-1), [Claim(Outage, Tuesday)], Now));
        Assert.Null(BackdatingRule.For(RomeTime.At(Tuesday, new TimeOnly(17, 0)), [Claim(Outage, Tuesday)], Now));
    }

    [Fact]
    public void While_the_outage_goes_on_any_later_upload_counts_and_the_earliest_attempt_wins()
    {
        var ongoing = Outage with { EndsAt = null };
        var arrived = RomeTime.At(Tuesday.AddDays(2), new TimeOnly(10, 0));

        var backdating = BackdatingRule.For(arrived, [Claim(ongoing, Tuesday.AddDays(1), "r2"), Claim(ongoing, Tuesday, "r1")], arrived);

        Assert.Equal((Tuesday, "r1"), (backdating!.AttemptedOn, backdating.ReportId));
        Assert.Contains("iniziata il 10/03/2026 09:00", backdating.Reason);
        Assert.Null(BackdatingRule.UploadBy(ongoing));
        Assert.Equal(Outage.EndsAt!.Value.AddHours(72), BackdatingRule.UploadBy(Outage));
    }
}
