namespace Portale.Core.Letters;

/// <summary>One company's copy of a published letter. Several companies (TO and CC) share the same PDF.</summary>
public sealed record Letter(
    string CompanyId, string Name, Recipient Recipient, DateTimeOffset PublishedAt, LetterFields Fields, string Hash)
{
    public string? Note { get; init; }
    public DateTimeOffset? DownloadedAt { get; init; }
    public string? DownloadedBy { get; init; }
    public int ExtensionWorkingDays { get; init; }

    /// <summary>The proroga's grant; null without one (and for letters whose proroga predates the record).</summary>
    public ExtensionGrant? Extension { get; init; }
    public LetterAnswer? Answer { get; init; }

    /// <summary>
    /// Completezza Risposta (manual 6.5.1): «assente», «Risposta incompleta» or null (complete, or not
    /// classified). Set on the letter, not on its answer, so an energy letter never answered becomes
    /// «assente» (<see cref="LetterAgeing"/>) and an answer filed later keeps it.
    /// </summary>
    public string? Completeness { get; init; }

    /// <summary>When the Sportello or the ageing last set or cleared <see cref="Completeness"/> (the daily PEC lists it).</summary>
    public DateTimeOffset? ClassifiedAt { get; init; }

    /// <summary>
    /// The first day the automatic solleciti look at this letter again: null, from the day after its
    /// deadline; <see cref="DateOnly.MaxValue"/>, never (its sector's limit is reached). Only a hint for
    /// the due index (<see cref="LetterDueDays"/>): the solleciti pass decides with the real calendar.
    /// </summary>
    public DateOnly? RemindersDueFrom { get; init; }

    /// <summary>Opaque optimistic-concurrency token from storage; null before the letter is stored.</summary>
    public string? Version { get; init; }

    public string DocumentPath => LetterDocuments.PathOf(Name, Hash);

    public DateOnly PublishedOn => DateOnly.FromDateTime(RomeTime.ToRome(PublishedAt).DateTime);

    public Section Section => this switch
    {
        { Answer: not null } => Section.Archive,
        { DownloadedAt: null } => Section.New,
        { Recipient: Recipient.To } => Section.ToWork,
        _ => Section.Cc,
    };

    /// <summary>Data Offline; null while a TO letter waits for its answer.</summary>
    public DateOnly? OfflineOn =>
        LetterOffline.OfflineDate(
            PublishedOn, Recipient == Recipient.To,
            Answer is { } a ? DateOnly.FromDateTime(RomeTime.ToRome(a.AnsweredAt).DateTime) : null);

    public bool IsOnline(DateOnly today) => OfflineOn is not { } offline || today < offline;

    public LetterTerms Terms =>
        new(PublishedOn, Fields.TermWorkingDays, ExtensionWorkingDays, Fields.IsSpecialProcedure);
}
