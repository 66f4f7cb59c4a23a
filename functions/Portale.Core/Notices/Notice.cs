namespace Portale.Core.Notices;

/// <summary>An avviso on the public home page: a planned or unplanned intervention, or general news.</summary>
public sealed record Notice(
    string Id,
    NoticeKind Kind,
    string Title,
    string Message,
    DateTimeOffset PublishedAt,
    DateTimeOffset? From,
    DateTimeOffset? To);
