using Portale.Core.Letters;
using Portale.Core.Paging;
using Portale.Core.Refusals;

namespace Portale.Core.Tests.Letters;

public class LetterQueryParserTests
{
    [Fact]
    public void Defaults_are_ten_newest_first_and_served_from_the_index()
    {
        var query = LetterQueryParser.Parse("new", null, null, null, null, null, null);

        Assert.Equal(Section.New, query.Section);
        Assert.Equal(10, query.PageSize);
        Assert.True(query.IsIndexed);
    }

    [Theory]
    [InlineData("pageSize", "7")]
    [InlineData("sort", "colore:asc")]
    [InlineData("sort", "name:sideways")]
    [InlineData("recipient", "BCC")]
    [InlineData("serviceType", "vapore")]
    public void Bad_values_are_refused_with_the_field_named(string field, string value)
    {
        var ex = Assert.Throws<RefusalException>(() => LetterQueryParser.Parse("new",
            field == "serviceType" ? value : null, field == "recipient" ? value : null, null,
            field == "sort" ? value : null, field == "pageSize" ? value : null, null));

        Assert.Equal(RefusalKind.Validation, ex.Kind);
        Assert.True(ex.Errors!.ContainsKey(field));
    }

    [Fact]
    public void A_bad_page_size_is_refused_with_the_code_every_list_uses()
    {
        var ex = Assert.Throws<RefusalException>(() => LetterQueryParser.Parse("new", null, null, null, null, "7", null));

        Assert.Equal("page-size-invalid", ex.Code);
    }

    [Fact]
    public void A_cursor_only_fits_the_query_it_came_from()
    {
        var query = LetterQueryParser.Parse("new", null, null, null, null, "25", null);
        var cursor = new PageCursor("s_new_1_x", 0, query.Fingerprint).Encode();

        Assert.Equal("s_new_1_x", LetterQueryParser.Parse("new", null, null, null, null, "25", cursor).Cursor!.After);
        Assert.Throws<RefusalException>(() => LetterQueryParser.Parse("new", "gas", null, null, null, "25", cursor));
        Assert.Throws<RefusalException>(() => LetterQueryParser.Parse("new", null, null, null, null, "25", "not-a-cursor"));
    }
}
