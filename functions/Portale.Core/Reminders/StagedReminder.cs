namespace Portale.Core.Reminders;

/// <summary>
/// A reminder the back office has prepared; the nightly loading publishes it to the letter's TO company.
/// </summary>
public sealed record StagedReminder(
    string Name, string LetterName, string To, string Hash, DateTimeOffset StagedAt, string StagedBy)
    : IStagedDocument
{
    public Reminder ToPublish(DateTimeOffset publishedAt) => new(To, Name, LetterName, publishedAt, Hash);
}
