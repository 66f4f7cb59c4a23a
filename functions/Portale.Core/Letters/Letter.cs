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
