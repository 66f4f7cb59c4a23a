namespace Portale.Core.Messaging;

/// <summary>A certified email (PEC) with one attachment, sent from the portal's PEC mailbox.</summary>
/// <param name="Id">Stable id of the logical message, so a retried send can be recognised.</param>
public sealed record PecMessage(
    string Id, string To, string Subject, string Body, string AttachmentName, byte[] Attachment);
