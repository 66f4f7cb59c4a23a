namespace Portale.Core.Reminders;

/// <summary>A sollecito of a letter, staged or published, for its sector's limit and the next one's day.</summary>
/// <param name="At">When it was published, or staged while it waits for the nightly loading.</param>
public sealed record LetterReminder(string Name, DateTimeOffset At, bool IsPublished, string StagedBy);
