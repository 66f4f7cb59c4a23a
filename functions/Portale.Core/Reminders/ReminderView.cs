namespace Portale.Core.Reminders;

/// <summary>A reminder together with its letter (the list shows the letter's fields too).</summary>
public sealed record ReminderView(Reminder Reminder, Letter? Letter);
