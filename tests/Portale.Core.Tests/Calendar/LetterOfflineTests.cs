using Portale.Core.Calendar;

namespace Portale.Core.Tests.Calendar;

public class LetterOfflineTests
{
    private static readonly DateOnly Published = new(2025, 2, 17);

    [Fact]
    public void An_unanswered_letter_never_goes_offline()
    {
        Assert.Null(LetterOffline.OfflineDate(Published, expectsAnswer: true, answeredOn: null));
        Assert.True(LetterOffline.IsOnline(Published, true, null, new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void An_answered_letter_goes_offline_12_months_after_the_answer()
    {
        var answered = new DateOnly(2025, 5, 6);

        Assert.Equal(new DateOnly(2026, 5, 6), LetterOffline.OfflineDate(Published, true, answered));
        Assert.True(LetterOffline.IsOnline(Published, true, answered, new DateOnly(2026, 5, 5)));
        Assert.False(LetterOffline.IsOnline(Published, true, answered, new DateOnly(2026, 5, 6)));
    }

    [Fact]
    public void A_copy_letter_goes_offline_12_months_after_publication()
    {
        Assert.Equal(new DateOnly(2026, 2, 17), LetterOffline.OfflineDate(Published, expectsAnswer: false, answeredOn: null));
        Assert.False(LetterOffline.IsOnline(Published, false, null, new DateOnly(2026, 2, 17)));
    }

    [Fact]
    public void Twelve_months_after_29_February_is_28_February()
    {
        Assert.Equal(new DateOnly(2025, 2, 28), LetterOffline.OfflineDate(new DateOnly(2024, 2, 29), false, null));
    }
}
