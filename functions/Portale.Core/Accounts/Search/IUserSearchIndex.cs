namespace Portale.Core.Accounts.Search;

/// <summary>
/// The index of <see cref="UserSearchTerms"/> behind the staff's search of accounts, so a search reads
/// the rows of its prefix, not every account. It may hold stale terms (a name since changed, an account
/// since deleted): the search checks each account it finds against the prefix.
/// </summary>
public interface IUserSearchIndex
{
    /// <summary>Adds the user's current terms (idempotent).</summary>
    Task IndexAsync(UserAccount user, CancellationToken cancellationToken);

    /// <summary>Removes the terms of <paramref name="user"/> that <paramref name="kept"/> (null: none) no longer has.</summary>
    Task RemoveAsync(UserAccount user, UserAccount? kept, CancellationToken cancellationToken);

    /// <summary>
    /// The distinct ids of the users with a term starting with the normalised <paramref name="prefix"/>,
    /// at most <paramref name="limit"/> + 1 of them (one more tells the prefix matches too many).
    /// </summary>
    Task<IReadOnlyList<string>> MatchAsync(string prefix, int limit, CancellationToken cancellationToken);
}
