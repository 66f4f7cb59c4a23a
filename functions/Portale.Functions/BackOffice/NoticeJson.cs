namespace Portale.Functions.BackOffice;

/// <summary>An avviso as GET /api/status and the back office show it.</summary>
public static class NoticeJson
{
    public static object From(Notice n) => new
    {
        id = n.Id,
        kind = n.Kind.ToString(),
        title = n.Title,
        message = n.Message,
        publishedAt = n.PublishedAt,
        from = n.From,
        to = n.To,
    };
}
