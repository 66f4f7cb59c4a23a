using System.Net;
using Portale.Core.Clients;

namespace Portale.Core.Tests.Clients;

/// <summary>A webhook may call only public HTTPS addresses (SSRF); a local receiver only in Development.</summary>
public sealed class WebhookUrlTests
{
    [Theory]
    [InlineData("http://crm.esempio.it/hook")]
    [InlineData("ftp://crm.esempio.it/hook")]
    [InlineData("https://utente:segreto@crm.esempio.it/hook")]
    [InlineData("crm.esempio.it/hook")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_a_plain_HTTPS_URL_is_refused(string? url) =>
        Assert.Equal(WebhookUrl.Invalid, WebhookUrl.Refusal(url, development: false));

    [Theory]
    [InlineData("https://localhost/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://172.16.0.1/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://169.254.169.254/metadata")]
    [InlineData("https://100.64.0.1/hook")]
    [InlineData("https://0.0.0.0/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://[::ffff:10.0.0.1]/hook")]
    public void A_private_or_local_address_is_refused_in_production(string url) =>
        Assert.Equal(WebhookUrl.PrivateAddress, WebhookUrl.Refusal(url, development: false));

    [Theory]
    [InlineData("https://crm.esempio.it/hook")]
    [InlineData("https://8.8.8.8/hook")]
    [InlineData("https://[2001:4860:4860::8888]/hook")]
    public void A_public_HTTPS_address_is_accepted(string url) => Assert.Null(WebhookUrl.Refusal(url, development: false));

    [Fact]
    public void Development_accepts_a_local_receiver_over_http_but_still_no_private_network()
    {
        Assert.Null(WebhookUrl.Refusal("http://localhost:8080/hook", development: true));
        Assert.Null(WebhookUrl.Refusal("http://127.0.0.1:8080/hook", development: true));
        Assert.Equal(WebhookUrl.Invalid, WebhookUrl.Refusal("http://10.0.0.1/hook", development: true));
    }

    [Theory]
    [InlineData("10.0.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("224.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("::ffff:192.168.0.1", false)]
    public void Resolved_addresses_are_checked_at_connection_time_too(string address, bool isPublic) =>
        Assert.Equal(isPublic, WebhookUrl.IsPublic(IPAddress.Parse(address)));
}
