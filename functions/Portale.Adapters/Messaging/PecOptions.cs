using Microsoft.Extensions.Configuration;

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

    /// <summary>
    /// Null (implicit TLS) or <c>none</c>, accepted only for a server on this machine: a test's fake server.
    /// </summary>
    public string? Security { get; init; }

    public static PecOptions From(IConfiguration configuration) => new()
    {
        Host = configuration["Portale:Pec:Host"],
        Port = int.TryParse(configuration["Portale:Pec:Port"], out var port) ? port : 465,
        Username = configuration["Portale:Pec:Username"],
        Password = configuration["Portale:Pec:Password"],
        Sender = configuration["Portale:Pec:Sender"],
        Security = configuration["Portale:Pec:Security"],
    };
}
