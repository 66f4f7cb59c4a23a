using System.Text;
using Portale.Core.Documents;

namespace Portale.Core.Tests.Documents;

public class DocumentHashTests
{
    [Fact]
    public void Every_byte_counts()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 lettera");
        var changed = (byte[])pdf.Clone();
        changed[^1] ^= 1;

        Assert.NotEqual(DocumentHash.Of(pdf), DocumentHash.Of(changed));
        Assert.Matches("^[0-9a-f]{64}$", DocumentHash.Of(changed));
    }

    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void It_is_the_SHA_256_of_the_bytes_in_lower_case_hexadecimal(string content, string hash)
    {
        Assert.Equal(hash, DocumentHash.Of(Encoding.ASCII.GetBytes(content)));
    }
}
