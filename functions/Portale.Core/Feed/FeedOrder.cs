namespace Portale.Core.Feed;

public enum FeedOrder
{
    /// <summary>Oldest first, in the order the portal recorded the items: how a system imports them.</summary>
    Ascending,

    /// <summary>Newest first: how a person looks at what came back lately.</summary>
    Descending,
}
