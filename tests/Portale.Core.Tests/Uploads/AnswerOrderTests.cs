using Portale.Core.Calendar;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

/// <summary>Arrival order decides the first answer and the one further answer, whatever order they are placed in.</summary>
public sealed class AnswerOrderTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(1));

    private static FiledAnswer At(string id, TimeSpan after) => new(id, T + after, "u", null);

    [Fact]
    public void The_one_received_first_is_first_whatever_the_order_given()
    {
        var early = At("a", TimeSpan.Zero);
        var late = At("b", TimeSpan.FromHours(5));

        foreach (var placement in new[] { AnswerOrder.Place([early, late]), AnswerOrder.Place([late, early]) })
        {
            Assert.Equal(early, placement.First);
            Assert.Equal(late, placement.Replacement);
            Assert.Empty(placement.Refused);
        }
    }

    [Fact]
    public void A_further_answer_exactly_72_hours_later_replaces_and_one_second_later_does_not()
    {
        Assert.Equal("b", AnswerOrder.Place([At("a", TimeSpan.Zero), At("b", TimeSpan.FromHours(72))]).Replacement!.UploadId);

        var late = AnswerOrder.Place([At("b", TimeSpan.FromHours(72) + TimeSpan.FromSeconds(1)), At("a", TimeSpan.Zero)]);

        Assert.Null(late.Replacement);
        Assert.Equal(AnswerReplacementRefusal.WindowClosed, Assert.Single(late.Refused).Why);
        Assert.Equal("Sono trascorse più di 72 ore dal caricamento della prima risposta: per integrarla utilizzare la sezione Comunicazioni libere.",
            RefusalMessages.For(late.Refused[0].Why));
    }

    [Fact]
    public void A_third_answer_is_refused_as_a_second_further_answer_even_within_72_hours()
    {
        var placement = AnswerOrder.Place([At("c", TimeSpan.FromHours(2)), At("a", TimeSpan.Zero), At("b", TimeSpan.FromHours(1))]);

        Assert.Equal(("a", "b"), (placement.First.UploadId, placement.Replacement!.UploadId));
        var refused = Assert.Single(placement.Refused);
        Assert.Equal(("c", AnswerReplacementRefusal.AlreadyReplaced), (refused.Answer.UploadId, refused.Why));
        Assert.Equal(refused, placement.RefusalOf("c"));
        Assert.Null(placement.RefusalOf("a"));
    }

    [Fact]
    public void An_earlier_arrival_pushes_out_both_when_they_came_more_than_72_hours_after_it()
    {
        var placement = AnswerOrder.Place([At("b", TimeSpan.FromHours(80)), At("c", TimeSpan.FromHours(81)), At("a", TimeSpan.Zero)]);

        Assert.Equal("a", placement.First.UploadId);
        Assert.Null(placement.Replacement);
        Assert.Equal(["b", "c"], placement.Refused.Select(r => r.Answer.UploadId));
    }

    [Fact]
    public void The_same_instant_is_ordered_by_upload_id_and_repeats_count_once()
    {
        var placement = AnswerOrder.Place([At("z", TimeSpan.Zero), At("y", TimeSpan.Zero), At("y", TimeSpan.Zero)]);

        Assert.Equal(("y", "z"), (placement.First.UploadId, placement.Replacement!.UploadId));
    }
}
