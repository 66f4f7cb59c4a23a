namespace Portale.Adapters.Messaging;

/// <summary>
/// The portal's PEC mailbox (settings <c>Portale:Pec:*</c>, docs/configuration.md): SMTP over implicit TLS.
/// </summary>
public sealed class PecOptions
{
    public string? Host { get; init; }

    public int Port { get; init; } = 465;

    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>The PEC address the report is sent from (From and envelope sender).</summary>
    public string? Sender { get; init; }
}
