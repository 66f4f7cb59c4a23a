using Portale.Core.Accounts.Email;

namespace Portale.Core.Tests.Accounts.Email;

public class PecDetectorTests
{
    private readonly PecDetector pec = PecDetector.Default;

    [Theory]
    [InlineData("mario@pec.it")]
    [InlineData("mario@legalmail.it")]
    [InlineData("mario@arubapec.it")]
    [InlineData("mario@pec.aruba.it")]
    [InlineData("mario@postecert.it")]
    [InlineData("mario@postacert.it")]
    [InlineData("mario@registerpec.it")]
    [InlineData("mario@cert.legalmail.it")]
    [InlineData("mario@sicurezzapostale.it")]
    [InlineData("mario@pecsicura.it")]
    [InlineData("mario@gigapec.it")]
    [InlineData("mario@mypec.eu")]
    [InlineData("MARIO@LEGALMAIL.IT")]
    public void Recognises_known_provider_domains(string email) => Assert.True(pec.IsPec(email));

    [Theory]
    [InlineData("protocollo@comune.roma.pec.it")]
    [InlineData("ufficio@studio.legalmail.it")]
    [InlineData("info@pec.comune.milano.it")]
    [InlineData("info@azienda.pec.example.com")]
    [InlineData("info@pec-mail.example.com")]
    [InlineData("info@energia-pec.example.it")]
    [InlineData("info@fornitorepec.it")]
    public void Recognises_pec_patterns(string email) => Assert.True(pec.IsPec(email));

    [Theory]
    [InlineData("mario@gmail.com")]
    [InlineData("mario@example.it")]
    [InlineData("mario@spec.org")]
    [InlineData("mario@aspec.it")]
    [InlineData("pec@example.it")]
    [InlineData("mario@example.pec")]
    [InlineData("mario@pecora.it")]
    public void Leaves_ordinary_addresses_alone(string email) => Assert.False(pec.IsPec(email));

    [Fact]
    public void Default_list_is_loaded_from_the_data_file_and_skips_comments()
    {
        Assert.Contains("pec.it", pec.KnownDomains);
        Assert.Contains("cert.legalmail.it", pec.KnownDomains);
        Assert.DoesNotContain(pec.KnownDomains, d => d.StartsWith('#'));
    }

    [Fact]
    public void Accepts_a_custom_list()
    {
        var custom = new PecDetector(["certificata.example.com"]);
        Assert.True(custom.IsPec("a@certificata.example.com"));
        Assert.True(custom.IsPec("a@uffici.certificata.example.com"));
        Assert.False(custom.IsPec("a@example.com"));
    }
}
