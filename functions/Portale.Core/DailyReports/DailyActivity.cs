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

    /// <summary>Completezza Risposta set or cleared that day (the «assente» of the SLA ageing too).</summary>
    public IReadOnlyList<ClassificationEntry> Classifications { get; init; } = [];

    public bool IsEmpty =>
        PublishedLetters.Count + Downloads.Count + Answers.Count + Communications.Count + Errors.Count
            + Reminders.Count + Classifications.Count == 0;
}
