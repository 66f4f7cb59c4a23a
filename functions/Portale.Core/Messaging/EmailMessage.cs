namespace Portale.Core.Messaging;

/// <param name="Id">Stable id of the logical message, so a retried send is not delivered twice.</param>
public sealed record EmailMessage(string Id, string To, string Subject, string Body);
