namespace Portale.Core.Messaging;

/// <param name="To">E.164 mobile number.</param>
public sealed record SmsMessage(string Id, string To, string Text);
