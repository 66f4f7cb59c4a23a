namespace Portale.Core.Notices;

/// <param name="Kind"><c>information</c>, <c>planned</c> or <c>unplanned</c>.</param>
/// <param name="PublishedAt">When it appears on the home page; now when absent.</param>
public sealed record NoticeRequest(
    string? Kind, string? Title, string? Message, DateTimeOffset? PublishedAt, DateTimeOffset? From,
    DateTimeOffset? To);
