using Microsoft.Extensions.Time.Testing;
using Portale.Core.Calendar;

namespace Portale.Core.Tests.Calendar;

public class AnswerReplacementWindowTests
{
    private static readonly DateTimeOffset FirstUpload = new(2025, 2, 17, 10, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public void A_further_answer_within_72_hours_may_replace_the_first()
    {
        Assert.Null(AnswerReplacementWindow.Check(FirstUpload, alreadyReplaced: false, FirstUpload.AddHours(71)));
    }

    [Fact]
    public void The_72nd_hour_itself_is_still_inside_the_window()
    {
        Assert.Null(AnswerReplacementWindow.Check(FirstUpload, false, FirstUpload.AddHours(72)));
        Assert.Equal(AnswerReplacementRefusal.WindowClosed, AnswerReplacementWindow.Check(FirstUpload, false, FirstUpload.AddHours(72).AddTicks(1)));
    }

    [Fact]
    public void Only_one_further_answer_is_allowed()
    {
        Assert.Equal(AnswerReplacementRefusal.AlreadyReplaced, AnswerReplacementWindow.Check(FirstUpload, alreadyReplaced: true, FirstUpload.AddHours(1)));
    }

    [Fact]
    public void The_window_is_72_elapsed_hours_across_the_change_to_summer_time()
    {
        // Summer time starts at 02:00 on 30 March 2025 in Rome: 72 hours later the wall clock reads one hour more.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 29, 10, 0, 0, TimeSpan.FromHours(1)));
        var firstUpload = clock.GetUtcNow();

        clock.Advance(TimeSpan.FromHours(72));
        var lastMoment = Portale.Core.Time.RomeTime.Now(clock);

        Assert.Equal(new DateTimeOffset(2025, 4, 1, 11, 0, 0, TimeSpan.FromHours(2)), AnswerReplacementWindow.ClosesAt(firstUpload));
        Assert.Equal(11, lastMoment.Hour);
        Assert.Null(AnswerReplacementWindow.Check(firstUpload, false, lastMoment));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(AnswerReplacementRefusal.WindowClosed, AnswerReplacementWindow.Check(firstUpload, false, clock.GetUtcNow()));
    }

    [Fact]
    public void Every_refusal_has_an_Italian_message()
    {
        foreach (var refusal in Enum.GetValues<AnswerReplacementRefusal>())
        {
            Assert.False(string.IsNullOrWhiteSpace(RefusalMessages.For(refusal)));
        }
    }
}
