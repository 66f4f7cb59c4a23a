namespace Portale.Core.Accounts.Texts;

/// <summary>The emails of the accounts chapters, in the manual's words (ch. 2, 3.1, 3.2, 3.3, 5.1).</summary>
public static class AccountEmails
{
    public const string PortalName = "Portale dello Sportello per il consumatore Energia e Ambiente";

    public static (string Subject, string Body) RegistrationReceived(string username, string confirmLink) => (
        "Conferma registrazione - " + PortalName,
        EmailFooter.Close(
            "Gentile Utente,\n" +
            $"la registrazione al {PortalName} è avvenuta con successo!\n" +
            $"Lo username prescelto per l'accesso al Suo account è {username}.\n" +
            "La invitiamo a confermare la registrazione cliccando sul link di seguito indicato:\n" +
            $"Conferma Registrazione: {confirmLink}\n" +
            "Una volta confermata, riceverà una email contenente la password provvisoria da modificare " +
                "obbligatoriamente al successivo accesso.\n" +
            "Desideriamo ricordarle che dovrà aggiornare la sua password ogni 3 mesi e che il Suo account si " +
                "disattiverà automaticamente dopo 6 mesi di inattività sul Portale.\n" +
            "A tale proposito, sarà nostra cura informarla via e-mail 30 giorni prima della scadenza.\n" +
            "Grazie per avere scelto il nostro servizio on-line."));

    /// <summary>
    /// Sent instead of <see cref="RegistrationReceived"/> when the username is
    /// taken: the form's answer is the same either way.
    /// </summary>
    public static (string Subject, string Body) UsernameUnavailable(string username) => (
        "Registrazione non completata - " + PortalName,
        EmailFooter.Close(
            "Gentile Utente,\n" +
            $"la registrazione al {PortalName} non è stata completata perché lo username {username} non è " +
                "disponibile.\n" +
            "La invitiamo a ripetere la registrazione scegliendo uno username diverso.\n" +
            "Se ha già un account e non ricorda lo username, può recuperarlo dalla pagina di accesso (\"Hai " +
                "dimenticato lo username?\")."));

    public static (string Subject, string Body) AccountActivated(
        string username, string temporaryPassword, string signInLink) =>
        (
        "Attivazione account - " + PortalName,
        EmailFooter.Close(
            "Gentile Utente,\n" +
            "l'account richiesto è stato correttamente attivato; al primo accesso dovrà modificare la password " +
                "provvisoria che Le è stata assegnata.\n\n" +
            "A tal proposito, Le suggeriamo di fare attenzione a non copiare/incollare eventuali spazi, quando " +
                "inserirà la password provvisoria, in quanto sono considerati, a tutti gli effetti, un carattere e " +
                    "ciò potrebbe determinare l'impossibilità di accesso al Portale. " +
            "Si accerti, infine, di aver rispettato l'esatto ordinamento (maiuscolo/minuscolo) dei caratteri e di " +
                "aver inserito correttamente i caratteri speciali indicati.\n\n" +
            "Può accedere al Portale con le seguenti credenziali:\n\n" +
            $"username: {username}\n\n" +
            $"password: {temporaryPassword}\n\n" +
            $"Accedi al tuo Profilo: {signInLink}\n\n" +
            EmailFooter.Reminder + "\n\n" +
            "Grazie per avere scelto il nostro servizio on-line."));

    /// <summary>
    /// The recovery's temporary password. It no longer replaces the password at once, so the words say
    /// what is true: the current password stays valid until the temporary one is used, which expires.
    /// </summary>
    public static (string Subject, string Body) TemporaryPassword(
        string username, string temporaryPassword, string signInLink, DateTimeOffset expiresAt) =>
        (
        "Recupero password - " + PortalName,
        EmailFooter.Close(
            "Gentile Utente,\n" +
            "come richiesto, Le è stata assegnata una password temporanea; al prossimo accesso con questa password " +
                "dovrà obbligatoriamente sceglierne una nuova.\n\n" +
            "La password attuale resta valida finché non accede con la password temporanea, che può essere usata " +
                $"una sola volta entro il {RomeTime.DayAndMinute(expiresAt)}. " +
            "Se non ha richiesto Lei il recupero, ignori questo messaggio: nulla è cambiato nel Suo account.\n\n" +
            "Le suggeriamo di fare attenzione a non copiare/incollare eventuali spazi, quando inserirà la password " +
                "temporanea, in quanto sono considerati, a tutti gli effetti, un carattere.\n\n" +
            "Può accedere al Portale con le seguenti credenziali:\n\n" +
            $"username: {username}\n\n" +
            $"password: {temporaryPassword}\n\n" +
            $"Accedi al tuo Profilo: {signInLink}"));

    /// <summary>Once per window, when one username's recoveries pass the limit.</summary>
    public static (string Subject, string Body) RecoveryThrottled(string username) => (
        "Richieste ripetute di recupero password - " + PortalName,
        EmailFooter.Close(
            "Gentile Utente,\n" +
            $"sono state ricevute ripetute richieste di recupero della password dell'account {username}: per " +
                "sicurezza le ulteriori richieste sono sospese per le prossime ore.\n" +
            "La password attuale resta valida. Se non ha richiesto Lei il recupero, può ignorare le email ricevute; " +
                "se ritiene che qualcuno stia tentando di accedere al Suo account, contatti l'Help Desk."));

    public static (string Subject, string Body) Usernames(IReadOnlyList<string> usernames) => (
        "Recupero username - " + PortalName,
        EmailFooter.Close(
            "Gentile Utente,\n" +
            "come richiesto, di seguito l'elenco degli username associati al Suo indirizzo e-mail:\n\n" +
            string.Join("\n", usernames.Select(u => "- " + u))));

    public static (string Subject, string Body) PasswordChanged(string username) => (
        "Modifica password - " + PortalName,
        EmailFooter.Close(
            "Gentile Utente,\n" +
            $"La informiamo che la password dell'account {username} è stata modificata con successo.\n" +
            "Se non ha richiesto Lei la modifica, contatti subito l'Help Desk."));

    public static (string Subject, string Body) PasswordExpired(string username) => (
        "Password scaduta - " + PortalName,
        EmailFooter.Close(
            "Gentile Utente,\n" +
            $"la password dell'account {username} è scaduta: sono trascorsi 3 mesi dall'ultimo aggiornamento.\n" +
            "Per procedere all'aggiornamento è sufficiente cliccare sul comando \"Hai dimenticato la password o la " +
                "tua password è scaduta?\" presente nella Home Page del Portale e seguire le istruzioni indicate, " +
            "oppure accedere con la password attuale: Le sarà chiesto di sceglierne una nuova."));

    public static (string Subject, string Body) DeactivationWarning(string username, DateOnly deactivationDate) => (
        "Avviso di disattivazione account - " + PortalName,
        EmailFooter.Close(
            "Gentile Utente,\n" +
            $"il Suo account {username} non risulta utilizzato da quasi 6 mesi e si disattiverà automaticamente il " +
                $"giorno {deactivationDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} per inattività sul " +
                    "Portale.\n" +
            "Per mantenerlo attivo è sufficiente effettuare l'accesso al Portale prima di tale data."));

    public static (string Subject, string Body) Deactivated(string username) => (
        "Account disattivato - " + PortalName,
        EmailFooter.Close(
            "Gentile Utente,\n" +
            $"il Suo account {username} è stato disattivato perché non è stato effettuato un accesso da oltre 6 " +
                "mesi.\n" +
            "La richiesta di ripristino dell'utenza deve essere inviata a HD-Portaleclienti@acquirenteunico.it dallo " +
                "stesso indirizzo email associato all'utenza che si intende riattivare, " +
            "indicando altresì lo username, il nome e cognome ed il Codice Fiscale dell'utente registrato."));

    public static (string Subject, string Body) ProfileChanged(string username) => (
        "Modifica profilo - " + PortalName,
        EmailFooter.Close(
            "Gentile Utente,\n" +
            $"La informiamo che i dati del profilo dell'account {username} sono stati modificati.\n" +
            "Si consiglia di effettuare il logout dal sistema per rendere effettivo l'aggiornamento dei dati " +
                "anagrafici inseriti prima di inviare nuove pratiche allo Sportello.\n" +
            "Se non ha richiesto Lei la modifica, contatti subito l'Help Desk."));

    public static (string Subject, string Body) MobileChangeLink(
        string fullName, string username, string confirmLink) =>
        (
        "Conferma modifica recapito mobile - " + PortalName,
        EmailFooter.Close(
            $"Gentile {fullName}\n\n" +
            "di seguito il link per la conferma del reset del recapito mobile relativo all'account personale " +
                $"dell'utente {username}\n\n" +
            "Al prossimo accesso le sarà richiesto, per una questione di sicurezza, di modificare la sua " +
                "registrazione inserendo un nuovo recapito mobile da Lei prescelto e a Lei riconducibile.\n\n" +
            "Si prega cortesemente di non inoltrare la presente e-mail a soggetti terzi in quanto trattasi di dati " +
                "relativi al proprio account personale.\n\n" +
            $"Conferma modifica recapito mobile: {confirmLink}"));

    public static (string Subject, string Body) MobileChanged(string username) => (
        "Modifica recapito mobile - " + PortalName,
        EmailFooter.Close(
            "Gentile Utente,\n" +
            $"La informiamo che il recapito mobile dell'account {username} è stato modificato."));
}
