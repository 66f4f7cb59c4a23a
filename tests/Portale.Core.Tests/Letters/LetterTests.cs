using Portale.Core.Letters;

namespace Portale.Core.Tests.Letters;

public class LetterTests
{
    private static readonly LetterFields Fields = new("1", "T", "POD", ServiceType.Gas, "A", "S", "C", "V", 5, false, Sector.Energy);

    private static Letter Published(Recipient recipient) =>
        new("acme", "L-P-26-0000001_01.PDF", recipient, new DateTimeOffset(2026, 3, 10, 1, 5, 0, TimeSpan.FromHours(1)), Fields, "h");

    [Fact]
    public void A_downloaded_letter_moves_to_to_work_when_TO_and_to_cc_when_CC()
    {
        var at = DateTimeOffset.UtcNow;
        Assert.Equal(Section.New, Published(Recipient.To).Section);
        Assert.Equal(Section.ToWork, (Published(Recipient.To) with { DownloadedAt = at }).Section);
        Assert.Equal(Section.Cc, (Published(Recipient.Cc) with { DownloadedAt = at }).Section);
        Assert.Equal(Section.Archive, (Published(Recipient.To) with { Answer = new LetterAnswer("R", at, "u") }).Section);
    }

    [Fact]
    public void A_CC_letter_goes_offline_a_year_after_publication_and_an_unanswered_TO_letter_never()
    {
        Assert.Equal(new DateOnly(2027, 3, 10), Published(Recipient.Cc).OfflineOn);
        Assert.False(Published(Recipient.Cc).IsOnline(new DateOnly(2027, 3, 10)));
        Assert.True(Published(Recipient.To).IsOnline(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void Free_text_matches_any_column_ignoring_case()
    {
        Assert.True(new LetterFilter(Text: "pod").Matches(Published(Recipient.To)));
        Assert.False(new LetterFilter(Text: "assente").Matches(Published(Recipient.To)));
        Assert.False(new LetterFilter(Recipient: Recipient.Cc).Matches(Published(Recipient.To)));
    }
}
