using Portale.Core.Letters;
using Portale.Core.Letters.Search;
using Portale.Core.Paging;
using Portale.Core.Refusals;

namespace Portale.Core.Tests.Letters.Search;

public class LetterSearchParserTests
{
    private static LetterSearchQuery Parse(params (string Name, string Value)[] values)
    {
        var map = values.ToDictionary(v => v.Name, v => v.Value);
        return LetterSearchParser.Parse(name => map.GetValueOrDefault(name));
    }

    private static RefusalException Refused(params (string Name, string Value)[] values) =>
        Assert.Throws<RefusalException>(() => Parse(values));

    [Theory]
    [InlineData("letter")]
    [InlineData("answer")]
    [InlineData("caseId")]
    [InlineData("customerName")]
    [InlineData("supplyAddress")]
    [InlineData("utility")]
    [InlineData("topic")]
    [InlineData("subTopic")]
    [InlineData("note")]
    [InlineData("completeness")]
    [InlineData("practiceType")]
    public void Each_text_filter_is_read_trimmed_into_its_own_criterion(string parameter)
    {
        var c = Parse((parameter, "  Valore%  ")).Criteria;

        var byParameter = new Dictionary<string, LetterPattern?>
        {
            ["letter"] = c.Letter, ["answer"] = c.Answer, ["caseId"] = c.CaseId, ["customerName"] = c.CustomerName,
            ["supplyAddress"] = c.SupplyAddress, ["utility"] = c.Utility, ["topic"] = c.Topic, ["subTopic"] = c.SubTopic,
            ["note"] = c.Note, ["completeness"] = c.Completeness, ["practiceType"] = c.PracticeType,
        };
        Assert.Equal("Valore%", byParameter[parameter]!.Text);
        Assert.Single(byParameter.Values, p => p is not null);
        Assert.Null(c.Recipient);
        Assert.Null(c.PublishedFrom);
    }

    [Theory]
    [InlineData("TO", Recipient.To)]
    [InlineData("cc", Recipient.Cc)]
    public void Recipient_is_TO_or_CC(string value, Recipient expected) =>
        Assert.Equal(expected, Parse(("recipient", value)).Criteria.Recipient);

    [Fact]
    public void Dates_are_yyyy_mm_dd_and_the_defaults_are_ten_from_the_start()
    {
        var q = Parse(("publishedFrom", "2026-03-01"), ("publishedTo", "2026-03-31"));

        Assert.Equal(new DateOnly(2026, 3, 1), q.Criteria.PublishedFrom);
        Assert.Equal(new DateOnly(2026, 3, 31), q.Criteria.PublishedTo);
        Assert.Equal(10, q.PageSize);
        Assert.Null(q.After);
        Assert.Equal(0, q.Before);
    }

    [Fact]
    public void A_search_with_no_filter_is_refused_in_Italian()
    {
        var ex = Refused(("letter", "   "), ("pageSize", "25"));

        Assert.Equal(RefusalKind.Validation, ex.Kind);
        Assert.Equal("search-empty", ex.Code);
        Assert.Equal("Indicare almeno un filtro di ricerca.", ex.Message);
    }

    [Theory]
    [InlineData("publishedFrom", "31/03/2026", "Pubblicazione dal: data non valida (formato aaaa-mm-gg).")]
    [InlineData("publishedTo", "2026-02-30", "Pubblicazione al: data non valida (formato aaaa-mm-gg).")]
    [InlineData("recipient", "SI?", "Destinatario Principale non valido: valori ammessi TO (SI), CC (NO).")]
    public void Bad_values_are_refused_with_the_field_named_in_Italian(string field, string value, string message)
    {
        var ex = Refused(("caseId", "1"), (field, value));

        Assert.Equal("search-invalid", ex.Code);
        Assert.Equal([message], ex.Errors![field]);
    }

    [Fact]
    public void A_bad_page_size_is_refused_with_the_code_every_list_uses()
    {
        var ex = Refused(("caseId", "1"), ("pageSize", "20"));

        Assert.Equal("page-size-invalid", ex.Code);
        Assert.Equal(["Numero di elementi per pagina non valido: valori ammessi 10, 25, 50, 100."], ex.Errors!["pageSize"]);
    }

    [Fact]
    public void A_text_longer_than_200_characters_is_refused_with_its_label()
    {
        var ex = Refused(("customerName", new string('x', 201)));

        Assert.Equal(["Denominazione Cliente: il testo da cercare non può superare 200 caratteri."], ex.Errors!["customerName"]);
    }

    [Fact]
    public void Pubblicazione_al_before_dal_is_refused_on_al()
    {
        var ex = Refused(("publishedFrom", "2026-03-10"), ("publishedTo", "2026-03-09"));

        Assert.Equal(["Pubblicazione al non può essere precedente a Pubblicazione dal."], ex.Errors!["publishedTo"]);
        Assert.False(ex.Errors.ContainsKey("publishedFrom"));
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var ex = Refused(("publishedFrom", "x"), ("publishedTo", "y"), ("recipient", "BCC"));

        Assert.Equal(["publishedFrom", "publishedTo", "recipient"], ex.Errors!.Keys.Order().ToArray());
    }

    [Fact]
    public void A_cursor_only_fits_the_search_it_came_from()
    {
        var query = Parse(("letter", "L-P-26%"), ("pageSize", "25"));
        var cursor = new PageCursor("0000000000000000001_L-P-26-0000001_01.PDF", 25, query.Fingerprint).Encode();

        var next = Parse(("letter", "L-P-26%"), ("pageSize", "25"), ("cursor", cursor));
        Assert.Equal(("0000000000000000001_L-P-26-0000001_01.PDF", 25), (next.After, next.Before));
        Assert.Equal("cursor-invalid", Refused(("letter", "L-P-25%"), ("pageSize", "25"), ("cursor", cursor)).Code);
        Assert.Equal("cursor-invalid", Refused(("letter", "L-P-26%"), ("pageSize", "10"), ("cursor", cursor)).Code);
        Assert.Equal("cursor-invalid", Refused(("letter", "L-P-26%"), ("cursor", "not-a-cursor")).Code);
        var offsetCursor = new PageCursor(null, 25, query.Fingerprint).Encode();
        Assert.Equal("cursor-invalid", Refused(("letter", "L-P-26%"), ("pageSize", "25"), ("cursor", offsetCursor)).Code);
    }
}
