using Portale.Core.Accounts.MobileChange;
using Portale.Core.Accounts.Texts;

namespace Portale.Core.Tests.Accounts.Texts;

/// <summary>The emails keep the manual's sentences (ch. 2 and 5.1) word for word.</summary>
public sealed class AccountEmailsTests
{
    [Fact]
    public void Registration_email_follows_the_manual()
    {
        var (_, body) = AccountEmails.RegistrationReceived("mario.rossi", "https://portale/x");
        Assert.StartsWith("Gentile Utente,\nla registrazione al Portale dello Sportello per il consumatore Energia e Ambiente è avvenuta con successo!", body);
        Assert.Contains("Lo username prescelto per l'accesso al Suo account è mario.rossi.", body);
        Assert.Contains("Una volta confermata, riceverà una email contenente la password provvisoria da modificare obbligatoriamente al successivo accesso.", body);
        Assert.Contains("Attenzione! Il messaggio è stato generato automaticamente. Si prega di non rispondere a questa e-mail.", body);
    }

    [Fact]
    public void Activation_email_carries_the_credentials_and_the_manual_advice()
    {
        var (_, body) = AccountEmails.AccountActivated("mario.rossi", "Ab3$efgh", "https://portale/");
        Assert.Contains("l'account richiesto è stato correttamente attivato; al primo accesso dovrà modificare la password provvisoria che Le è stata assegnata.", body);
        Assert.Contains("username: mario.rossi", body);
        Assert.Contains("password: Ab3$efgh", body);
    }

    [Fact]
    public void Mobile_change_email_and_warning_follow_the_manual()
    {
        var (_, body) = AccountEmails.MobileChangeLink("Mario Rossi", "mario.rossi", "https://portale/y");
        Assert.Contains("di seguito il link per la conferma del reset del recapito mobile relativo all'account personale dell'utente mario.rossi", body);
        Assert.Contains("Si prega cortesemente di non inoltrare la presente e-mail a soggetti terzi", body);
        Assert.Contains("La variazione del recapito mobile può generare errori in fase di rilascio del certificato di firma digitale", MobileChangeService.VideoIdentificationWarning);
    }
}
