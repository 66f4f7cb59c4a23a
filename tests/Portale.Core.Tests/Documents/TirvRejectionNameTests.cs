using Portale.Core.Documents;

namespace Portale.Core.Tests.Documents;

public class TirvRejectionNameTests
{
    [Theory]
    [InlineData("RIGETTO_TIRV.PDF")]
    [InlineData("rigetto_tirv.pdf")]
    [InlineData("RIGETTO_TIRV 01.PDF")]
    [InlineData("RIGETTO_TIRV_ACME1.PDF")]  // exactly 10 more characters
    public void Valid_names_are_accepted(string name)
    {
        Assert.True(TirvRejectionName.IsValid(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("RIGETTO_TIRV")]             // no extension
    [InlineData("RIGETTO_TIRV_ACME12.PDF")]  // 11 more characters
    [InlineData("RIGETTO TIRV.PDF")]
    [InlineData("TIRV_RIGETTO.PDF")]
    [InlineData("RIGETTO_TIRV.DOC")]
    [InlineData("RIGETTO_TIRV/a.PDF")]
    public void Invalid_names_are_rejected(string? name)
    {
        Assert.False(TirvRejectionName.IsValid(name));
    }
}
