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
        PublishedLetters.Count + Downloads.Count + Answers.Count + Communications.Count + Errors.Count + Reminders.Count == 0;
}

/// <summary>Lettera, Data Pubblicazione, HASH.</summary>
public sealed record PublishedLetterEntry(string Letter, DateTimeOffset PublishedAt, string Hash);

/// <summary>Lettera, Data Pubblicazione, Data Download, Utente Download, HASH.</summary>
public sealed record DownloadEntry(string Letter, DateTimeOffset PublishedAt, DateTimeOffset DownloadedAt, string DownloadedBy, string Hash);

/// <summary>Risposta, Data Caricamento, Utente Caricamento, Riferimento Lettera, HASH.</summary>
public sealed record AnswerEntry(string Answer, DateTimeOffset UploadedAt, string UploadedBy, string Letter, string Hash);

/// <summary>Comunicazione, Data Caricamento, Utente Caricamento.</summary>
public sealed record CommunicationEntry(string Communication, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>File, Data Evento, Descrizione Errore, Utente.</summary>
public sealed record ErrorEntry(string File, DateTimeOffset EventAt, string Description, string User);

/// <summary>Sollecito, Data Pubblicazione, Riferimento Lettera, HASH.</summary>
public sealed record ReminderEntry(string Reminder, DateTimeOffset PublishedAt, string Letter, string Hash);
