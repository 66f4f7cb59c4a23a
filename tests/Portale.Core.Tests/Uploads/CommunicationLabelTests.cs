using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

public class CommunicationLabelTests
{
    [Theory]
    [InlineData("Rigetto", "Rigetto")]
    [InlineData("  Integrazione  ", "Integrazione")]
    [InlineData("1234567890123456", "1234567890123456")]        // 16: "meno di 17"
    [InlineData(" 1234567890123456 ", "1234567890123456")]       // spaces around do not count
    [InlineData("perché così è", "perché così è")]
    [InlineData("cosìcosìcosìcosi\u0300", "cosìcosìcosìcosì")]  // combining accent: 16 characters, normalised
    public void Labels_under_17_characters_are_accepted_trimmed(string label, string expected)
    {
        Assert.True(CommunicationLabel.TryNormalize(label, out var normalized, out var error));
        Assert.Equal(expected, normalized);
        Assert.Null(error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void A_label_is_required(string? label)
    {
        Assert.False(CommunicationLabel.TryNormalize(label, out var normalized, out var error));
        Assert.Null(normalized);
        Assert.Equal("L'etichetta della comunicazione è obbligatoria.", error);
    }

    [Theory]
    [InlineData("12345678901234567")]
    [InlineData("Comunicazione libera")]
    public void Seventeen_characters_or_more_are_refused(string label)
    {
        Assert.False(CommunicationLabel.TryNormalize(label, out _, out var error));
        Assert.Equal("L'etichetta della comunicazione deve avere meno di 17 caratteri.", error);
    }

    [Theory]
    [InlineData("riga\nriga")]
    [InlineData("a\u0000b")]
    [InlineData("a\u2028b")]
    [InlineData("a\u001bb")]
    public void Control_characters_are_refused(string label)
    {
        Assert.False(CommunicationLabel.TryNormalize(label, out _, out var error));
        Assert.Equal("L'etichetta della comunicazione contiene caratteri non ammessi.", error);
    }

    [Fact]
    public void An_unpaired_surrogate_is_refused()
    {
        // Built in code: xunit would turn a lone surrogate in InlineData into U+FFFD.
        var label = "a" + (char)0xD800 + "b";

        Assert.False(CommunicationLabel.TryNormalize(label, out _, out var error));
        Assert.Equal(UploadMessages.LabelInvalidCharacters, error);
    }
}
