namespace Portale.Core.DailyReports;

/// <summary>What happened for one company on one Rome day: the sections of the daily report (manual ch. 10).</summary>
public sealed record DailyActivity(
    IReadOnlyList<PublishedLetterEntry> PublishedLetters,
    IReadOnlyList<DownloadEntry> Downloads,
    IReadOnlyList<AnswerEntry> Answers,
    IReadOnlyList<CommunicationEntry> Communications,
    IReadOnlyList<ErrorEntry> Errors,
    IReadOnlyList<ReminderEntry> Reminders)
{
    public static DailyActivity None { get; } = new([], [], [], [], [], []);

    public bool IsEmpty =>
        PublishedLetters.Count
            + Downloads.Count + Answers.Count + Communications.Count + Errors.Count + Reminders.Count == 0;
}
