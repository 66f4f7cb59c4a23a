namespace Portale.Core.Messaging;

/// <summary>
/// Sends certified email (PEC): by SMTP from the portal's PEC mailbox in Azure, to the outbox locally.
/// </summary>
public interface IPecSender
{
    Task SendAsync(PecMessage message, CancellationToken cancellationToken);
}
