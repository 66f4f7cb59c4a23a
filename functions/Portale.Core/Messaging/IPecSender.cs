namespace Portale.Core.Messaging;

/// <summary>
/// Sends certified email (PEC): by SMTP from the portal's PEC mailbox in Azure, to the outbox locally.
/// </summary>
public interface IPecSender
{
    /// <summary>
    /// Returns once the server has accepted the message, with its reply (e.g. its queue id) when it gives
    /// one; what fails after the acceptance (closing the connection) does not make the send fail.
    /// </summary>
    Task<string?> SendAsync(PecMessage message, CancellationToken cancellationToken);
}
