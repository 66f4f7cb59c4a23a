namespace Portale.Core.Accounts.Search;

/// <summary>
/// The staff's search of accounts (manual ch. 11 FAQ): by prefix of username, name, codice fiscale or
/// email through <see cref="IUserSearchIndex"/>, or every account in username order when no text is given;
/// either filtered by state and paged in username order.
/// </summary>
public sealed class UserSearch(
    IUserStore users, IUserSearchIndex index, ICompanyEnablements enablements, ICompanyDirectory directory)
{
    /// <summary>More accounts than this for one prefix is a search to narrow, not a page to read.</summary>
    public const int MaxMatches = 500;

    public const int MaxQueryLength = 100;
    private const int ParallelReads = 16;

    public async Task<Page<UserSummary>> SearchAsync(
        string? text, string? state, string? pageSize, string? cursor, CancellationToken cancellationToken)
    {
        var prefix = UserSearchTerms.Normalize(text);
        if (prefix.Length > MaxQueryLength)
        {
            throw RefusalException.Field("query-too-long", "q",
                $"Il testo da cercare non può superare {MaxQueryLength} caratteri.");
        }
        var wanted = UserStates.Parse(state);
        string Fingerprint(int size) => $"users|{prefix}|{wanted}|{size}";
        var request = PageRequestParser.Parse(pageSize, cursor, Fingerprint, keyed: true);
        var after = request.Cursor?.After;
        var (items, last, total) = prefix.Length == 0
            ? await ListAsync(after, request.Size, wanted, cancellationToken)
            : await MatchAsync(prefix, after, request.Size, wanted, cancellationToken);
        var next = last is null ? null : new PageCursor(last, 0, Fingerprint(request.Size)).Encode();
        return new Page<UserSummary>(await SummariesAsync(items, cancellationToken), next, total);
    }

    /// <summary>One account, or 404 <c>user-not-found</c>.</summary>
    public async Task<UserSummary> FindAsync(string username, CancellationToken cancellationToken)
    {
        var user = UserIds.From(username) is { } id ? await users.FindAsync(id, cancellationToken) : null;
        return user is null
            ? throw RefusalException.NotFound("user-not-found", AccountAdministration.UnknownUser)
            : (await SummariesAsync([user], cancellationToken))[0];
    }

    /// <summary>The summaries of <paramref name="accounts"/>, in their order: one partition read per account.</summary>
    public async Task<IReadOnlyList<UserSummary>> SummariesAsync(
        IReadOnlyList<UserAccount> accounts, CancellationToken cancellationToken)
    {
        if (accounts.Count == 0)
        {
            return [];
        }
        var names = (await directory.ListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        var summaries = new UserSummary[accounts.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, accounts.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var companies = await enablements.CompaniesOfAsync(accounts[i].Id, token);
                summaries[i] = new UserSummary(accounts[i], [
                    .. companies.Order(StringComparer.Ordinal)
                        .Select(c => new EnabledCompany(c, names.GetValueOrDefault(c, c))),
                ]);
            });
        return summaries;
    }

    private async Task<(IReadOnlyList<UserAccount>, string?, int)> ListAsync(
        string? after, int size, UserState? wanted, CancellationToken cancellationToken)
    {
        var page = await users.PageAsync(after, size, wanted, cancellationToken);
        return (page.Items, page.After, await users.CountAsync(wanted, cancellationToken));
    }

    /// <summary>
    /// The index gives the candidates; each is read and checked again (a stale term, a deleted account
    /// fall out), then the state filter and the page are applied in username order.
    /// </summary>
    private async Task<(IReadOnlyList<UserAccount>, string?, int)> MatchAsync(
        string prefix, string? after, int size, UserState? wanted, CancellationToken cancellationToken)
    {
        var ids = await index.MatchAsync(prefix, MaxMatches, cancellationToken);
        if (ids.Count > MaxMatches)
        {
            throw RefusalException.Field("query-too-broad", "q",
                $"La ricerca trova più di {MaxMatches} utenti: indicare più caratteri.");
        }
        var found = new UserAccount?[ids.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (i, token) => found[i] = await users.FindAsync(ids[i], token));
        var matching = found.OfType<UserAccount>()
            .Where(u => UserSearchTerms.Matches(u, prefix) && (wanted is null || UserStates.Of(u) == wanted))
            .OrderBy(u => u.Id, StringComparer.Ordinal)
            .ToList();
        var rest = matching.Where(u => after is null || string.CompareOrdinal(u.Id, after) > 0).ToList();
        var items = rest.Take(size).ToList();
        return (items, rest.Count > size ? items[^1].Id : null, matching.Count);
    }
}
