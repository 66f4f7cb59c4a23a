namespace Portale.IntegrationTests.Infrastructure;

/// <summary>A message as <see cref="FakeSmtpServer"/> read it: envelope and the DATA text.</summary>
public sealed record SmtpDelivery(string From, IReadOnlyList<string> To, string Data);
