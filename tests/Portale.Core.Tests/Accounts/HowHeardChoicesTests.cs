using System.Text.Json;
using Portale.Core.Accounts;

namespace Portale.Core.Tests.Accounts;

public class HowHeardChoicesTests
{
    [Fact]
    public void Has_the_manuals_fourteen_choices_in_order()
    {
        Assert.Equal(14, HowHeardChoices.All.Count);
        Assert.Equal("Contact Center autorità", HowHeardChoices.All[0]);
        Assert.Equal("Associazione Consumatori/categoria", HowHeardChoices.All[10]);
        Assert.Equal("Facebook", HowHeardChoices.All[12]);
        Assert.Equal("Altro", HowHeardChoices.All[13]);
    }

    [Fact]
    public void Are_the_list_the_web_form_offers()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "vectors", "how-heard-choices.json"));
        Assert.Equal(JsonSerializer.Deserialize<string[]>(stream), HowHeardChoices.All);
    }

    [Fact]
    public void Accepts_only_listed_values()
    {
        Assert.True(HowHeardChoices.IsValid("Passaparola"));
        Assert.False(HowHeardChoices.IsValid("passaparola"));
        Assert.False(HowHeardChoices.IsValid(null));
    }
}
