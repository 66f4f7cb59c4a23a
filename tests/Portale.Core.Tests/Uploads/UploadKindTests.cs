using Portale.Core.Refusals;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

public class UploadKindTests
{
    [Theory]
    [InlineData("answer", UploadKind.Answer)]
    [InlineData("answers-zip", UploadKind.AnswersZip)]
    [InlineData("communication", UploadKind.Communication)]
    [InlineData("tirv-rejection", UploadKind.TirvRejection)]
    public void The_api_names_parse_and_print_back(string text, UploadKind kind)
    {
        Assert.Equal(kind, UploadKindNames.Parse(text));
        Assert.Equal(text, kind.ToApiName());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Answer")]
    [InlineData("answers_zip")]
    [InlineData("AnswersZip")]
    [InlineData("1")]
    public void Anything_else_is_refused_in_italian(string? text)
    {
        Assert.False(UploadKindNames.TryParse(text, out _));
        var error = Assert.Throws<RefusalException>(() => UploadKindNames.Parse(text));
        Assert.Equal($"Il tipo di caricamento '{text}' non è valido.", error.Title);
    }

    [Fact]
    public void Every_kind_has_an_api_name()
    {
        foreach (var kind in Enum.GetValues<UploadKind>())
        {
            Assert.Equal(kind, UploadKindNames.Parse(kind.ToApiName()));
        }
    }
}
