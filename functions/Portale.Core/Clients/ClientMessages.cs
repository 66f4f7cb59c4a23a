namespace Portale.Core.Clients;

/// <summary>What the operator and the company's system read when a client is refused.</summary>
public static class ClientMessages
{
    public const string NameRequired = "Indicare il nome del sistema collegato (da 3 a 60 caratteri).";
    public const string PermissionsRequired =
        "Scegliere almeno un permesso tra lettura delle lettere (read-letters) e invio di risposte e " +
        "comunicazioni (send-answers).";
    public const string CodeInvalid = "Il codice inserito non è corretto: verificare l'SMS ricevuto e riprovare.";
    public const string CodeExpired = "Il codice è scaduto o non è più valido: richiederne uno nuovo.";
    public const string TooManyCodes = "Troppi codici errati: richiedere un nuovo codice.";
    public const string UnknownClient = "Nessun sistema collegato con questo identificativo per la società.";
    public const string TokenInvalid =
        "Il token non è valido o è scaduto, oppure le credenziali del sistema non sono più attive: " +
        "richiederne uno nuovo.";
    public const string PermissionMissing =
        "Le credenziali del sistema non hanno il permesso richiesto da questa operazione.";
    public const string RouteNotForClients = "Questa operazione è disponibile solo agli operatori collegati al Portale.";
    public const string TooManyCalls = "Troppe richieste dal sistema collegato: riprovare tra un minuto.";
    public const string ClientRefused = "Credenziali del sistema non valide o non più attive.";
}
