using Portale.Core.Paging;
using Portale.Core.Refusals;

namespace Portale.Core.Tests.Paging;

public class PageRequestParserTests
{
    private const string Message = "Numero di elementi per pagina non valido: valori ammessi 10, 25, 50, 100.";

    [Theory]
    [InlineData(null, 10)]
    [InlineData("", 10)]
    [InlineData("10", 10)]
    [InlineData("25", 25)]
    [InlineData("50", 50)]
    [InlineData("100", 100)]
    public void The_size_is_one_of_the_four_the_lists_offer_and_ten_when_absent(string? text, int size)
    {
        Assert.Equal(size, PageRequestParser.ParseSize(text));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("0")]
    [InlineData("-10")]
    [InlineData("+10")]
    [InlineData(" 10")]
    [InlineData("1e1")]
    [InlineData("١٠")]
    [InlineData("99999999999")]
    public void Any_other_size_is_refused_with_one_code_and_one_Italian_message(string text)
    {
        var ex = Assert.Throws<RefusalException>(() => PageRequestParser.ParseSize(text));

        Assert.Equal("page-size-invalid", ex.Code);
        Assert.Equal(Message, ex.Message);
        Assert.Equal([Message], ex.Errors!["pageSize"]);
    }

    [Fact]
    public void A_keyed_cursor_comes_back_for_the_query_that_issued_it()
    {
        var cursor = new PageCursor("rs_0001_x", 0, "reminders|25").Encode();

        var request = PageRequestParser.Parse("25", cursor, size => $"reminders|{size}", keyed: true);

        Assert.Equal(25, request.Size);
        Assert.Equal("rs_0001_x", request.Cursor!.After);
    }

    [Fact]
    public void An_offset_cursor_comes_back_with_its_offset()
    {
        var cursor = new PageCursor(null, 50, "search|x|25").Encode();

        Assert.Equal(50, PageRequestParser.ParseCursor(cursor, "search|x|25", keyed: false)!.Offset);
    }

    [Fact]
    public void No_cursor_is_the_first_page()
    {
        Assert.Null(PageRequestParser.Parse(null, null, size => $"q|{size}", keyed: true).Cursor);
        Assert.Null(PageRequestParser.ParseCursor("", "q|10", keyed: false));
    }

    [Theory]
    [InlineData("q|10", true, "q|25")]
    [InlineData("q|25", true, "other|25")]
    [InlineData("q|25", false, "q|25")]
    public void A_cursor_of_another_query_size_or_form_is_refused(string issuedFor, bool keyed, string askedFor)
    {
        var cursor = new PageCursor(keyed ? "k" : null, 10, issuedFor).Encode();

        var ex = Assert.Throws<RefusalException>(() => PageRequestParser.ParseCursor(cursor, askedFor, keyed: true));

        Assert.Equal("cursor-invalid", ex.Code);
        Assert.True(ex.Errors!.ContainsKey("cursor"));
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("eyJ4IjoxfQ")]
    [InlineData("%%%")]
    public void A_cursor_that_does_not_decode_is_refused(string text)
    {
        var ex = Assert.Throws<RefusalException>(() => PageRequestParser.ParseCursor(text, "q|10", keyed: false));

        Assert.Equal("cursor-invalid", ex.Code);
    }

    [Fact]
    public void The_size_is_checked_before_the_cursor_and_fingerprints_the_cursor()
    {
        var cursor = new PageCursor("k", 0, "q|10").Encode();

        Assert.Equal("page-size-invalid",
            Assert.Throws<RefusalException>(() => PageRequestParser.Parse("7", cursor, s => $"q|{s}", true)).Code);
        Assert.Equal("cursor-invalid",
            Assert.Throws<RefusalException>(() => PageRequestParser.Parse("25", cursor, s => $"q|{s}", true)).Code);
    }
}
