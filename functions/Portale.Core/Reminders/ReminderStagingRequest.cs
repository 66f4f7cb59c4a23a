namespace Portale.Core.Reminders;

/// <summary>The JSON fields of a reminder staging request, as sent.</summary>
public sealed record ReminderStagingRequest(string? Letter);
