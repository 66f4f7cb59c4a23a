using Portale.Core.Documents;

namespace Portale.Core.Tests.Documents;

public class DocumentNameTests
{
    [Theory]
    [InlineData("L-P-25-0001234_01.PDF", DocumentKind.Letter, "25", "0001234", "01")]
    [InlineData("R-P-19-7654321_123.PDF", DocumentKind.Answer, "19", "7654321", "123")]
    [InlineData("S-P-20-0000001_07.PDF", DocumentKind.Reminder, "20", "0000001", "07")]
    [InlineData("l-p-25-0001234_01.pdf", DocumentKind.Letter, "25", "0001234", "01")]
    [InlineData("L-P-25-0001234_01.Pdf", DocumentKind.Letter, "25", "0001234", "01")]
    public void Valid_names_are_parsed_into_their_parts(string text, DocumentKind kind, string year, string caseNumber, string progressive)
    {
        Assert.True(DocumentName.TryParse(text, out var name));
        Assert.Equal(kind, name.Kind);
        Assert.Equal(year, name.Year);
        Assert.Equal(caseNumber, name.CaseNumber);
        Assert.Equal(progressive, name.Progressive);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("L-P-25-0001234_01")]          // no extension
    [InlineData("L-P-25-0001234_01.PDF.zip")]
    [InlineData("L-P-25-0001234_01.PDF\n")]    // trailing newline
    [InlineData(" L-P-25-0001234_01.PDF")]
    [InlineData("X-P-25-0001234_01.PDF")]      // unknown kind
    [InlineData("L-Q-25-0001234_01.PDF")]
    [InlineData("L-P-2025-0001234_01.PDF")]    // four-digit year
    [InlineData("L-P-25-001234_01.PDF")]       // six-digit case number
    [InlineData("L-P-25-00012345_01.PDF")]     // eight-digit case number
    [InlineData("L-P-25-0001234_1.PDF")]       // one-digit progressive
    [InlineData("L-P-25-0001234_0001.PDF")]    // four-digit progressive
    [InlineData("L-P-25-0001234-01.PDF")]
    [InlineData("L-P-25-000١234_01.PDF")]      // Arabic-Indic digit
    [InlineData("L-P-25-0001234_01.DOC")]
    public void Invalid_names_are_rejected(string? text)
    {
        Assert.False(DocumentName.TryParse(text, out var name));
        Assert.Null(name);
    }

    [Fact]
    public void Parse_throws_a_format_exception_on_an_invalid_name()
    {
        Assert.Throws<FormatException>(() => DocumentName.Parse("lettera.pdf"));
    }

    [Fact]
    public void Names_compare_case_insensitively_and_print_in_upper_case()
    {
        var lower = DocumentName.Parse("l-p-25-0001234_01.pdf");
        var upper = DocumentName.Parse("L-P-25-0001234_01.PDF");

        Assert.Equal(upper, lower);
        Assert.Equal(upper.GetHashCode(), lower.GetHashCode());
        Assert.Equal("L-P-25-0001234_01.PDF", lower.ToString());
    }

    [Fact]
    public void Two_and_three_digit_progressives_are_different_names()
    {
        Assert.NotEqual(DocumentName.Parse("L-P-25-0001234_01.PDF"), DocumentName.Parse("L-P-25-0001234_001.PDF"));
    }

    [Fact]
    public void A_letter_and_its_answer_differ_only_in_the_kind()
    {
        var letter = DocumentName.Parse("l-P-25-0001234_123.pdf");

        var answer = letter.ToAnswerName();

        Assert.Equal(DocumentKind.Answer, answer.Kind);
        Assert.Equal("R-P-25-0001234_123.PDF", answer.ToString());
        Assert.Equal(DocumentName.Parse("r-p-25-0001234_123.PDF"), answer);
        Assert.NotEqual(letter, answer);
    }

    [Theory]
    [InlineData("R-P-25-0001234_01.PDF")]
    [InlineData("S-P-25-0001234_01.PDF")]
    public void Only_a_letter_has_an_answer_name(string text)
    {
        Assert.Throws<InvalidOperationException>(() => DocumentName.Parse(text).ToAnswerName());
    }
}
