namespace Portale.Core.Clients;

/// <summary>A company's system behind a valid token, for one call.</summary>
public sealed record ClientPrincipal(ApiClient Client)
{
    /// <summary>
    /// The client as the company's services see a caller: its name ("sistema: …") is what they record as
    /// Utente Download and uploader; it has no session.
    /// </summary>
    public OperatorPrincipal AsOperator() => new("client:" + Client.Id, Client.ActingName, SessionKey: "");
}
