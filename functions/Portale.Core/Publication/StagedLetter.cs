namespace Portale.Core.Publication;

/// <summary>A letter the back office has prepared; the nightly loading publishes it to every recipient.</summary>
public sealed record StagedLetter(
    string Name, string To, IReadOnlyList<string> Cc, LetterFields Fields, string Hash, DateTimeOffset StagedAt,
    string StagedBy)
    : IStagedDocument
{
    public IEnumerable<Letter> ForRecipients(DateTimeOffset publishedAt) =>
        Cc.Select(c => new Letter(c, Name, Recipient.Cc, publishedAt, Fields, Hash))
            .Prepend(new Letter(To, Name, Recipient.To, publishedAt, Fields, Hash));
}
