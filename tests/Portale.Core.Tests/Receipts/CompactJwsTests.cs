using System.Text;
using Portale.Core.Receipts;
using Portale.Core.Tests.Uploads.Fakes;

namespace Portale.Core.Tests.Receipts;

public sealed class CompactJwsTests
{
    private readonly InMemoryReceiptSigner signer = new();

    [Fact]
    public async Task A_signed_payload_verifies_under_the_published_keys_and_names_its_key()
    {
        var payload = Encoding.UTF8.GetBytes("{\"v\":1}");
        var jws = await CompactJws.SignAsync(payload, signer, default);

        Assert.Equal(3, jws.Split('.').Length);
        Assert.Contains("\"kid\":\"k1\"", Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(jws.Split('.')[0])));
        Assert.Equal(payload, CompactJws.Verify(jws, await signer.PublicKeysAsync(default)));
    }

    [Fact]
    public async Task One_changed_byte_of_the_payload_or_an_unknown_key_fails()
    {
        var jws = await CompactJws.SignAsync(Encoding.UTF8.GetBytes("{\"v\":1,\"file\":\"a\"}"), signer, default);
        var keys = await signer.PublicKeysAsync(default);
        var parts = jws.Split('.');
        var payload = Encoding.UTF8.GetString(CompactJws.Payload(jws)).Replace("\"a\"", "\"b\"");
        var tampered = $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        Assert.Null(CompactJws.Verify(tampered, keys));
        Assert.Null(CompactJws.Verify(jws, [keys[0] with { Kid = "other" }]));
        Assert.Null(CompactJws.Verify("not.a.jws", keys));
        Assert.Null(CompactJws.Verify(jws + "x", keys));
    }

    [Fact]
    public async Task After_a_rotation_new_receipts_use_the_new_key_and_old_ones_still_verify()
    {
        var old = await CompactJws.SignAsync("{}"u8.ToArray(), signer, default);
        signer.Rotate();
        var fresh = await CompactJws.SignAsync("{}"u8.ToArray(), signer, default);
        var keys = await signer.PublicKeysAsync(default);

        Assert.NotNull(CompactJws.Verify(old, keys));
        Assert.NotNull(CompactJws.Verify(fresh, keys));
        Assert.Null(CompactJws.Verify(fresh, keys.Where(k => k.Kid == "k1")));
    }
}
