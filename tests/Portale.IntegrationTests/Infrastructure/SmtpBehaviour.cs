namespace Portale.IntegrationTests.Infrastructure;

/// <summary>How <see cref="FakeSmtpServer"/> treats one attempt to send to a recipient.</summary>
public enum SmtpBehaviour
{
    Accept,

    /// <summary>Reads the message, then drops the connection without answering: not accepted.</summary>
    DropBeforeReply,

    /// <summary>Answers 250 to the message, then drops the connection at the next command (QUIT).</summary>
    DropAfterAccept,
}
