using System.IO.Compression;
using System.Reflection;

namespace Portale.Core.Accounts.Places;

/// <summary>
/// Comuni (current and ceased) and foreign states for the birthplace autocomplete and the codice
/// fiscale checks, from the embedded places.csv.gz built by scripts/build-places.py.
/// Fonte: ANPR — Ministero dell'Interno, dati rilasciati con licenza CC BY 4.0.
/// </summary>
public sealed class PlacesCatalog : IPlaceLookup
{
    public const int MinQueryLetters = 3;
    public const string Attribution = "Fonte: ANPR — Ministero dell'Interno, dati rilasciati con licenza CC BY 4.0";
    private const string ResourceName = "Portale.Core.Accounts.Places.places.csv.gz";

    private static readonly Lazy<PlacesCatalog> LazyDefault = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}");
        return Load(stream);
    });

    private readonly Dictionary<string, Place[]> periodsByCode;
    private readonly Entry[] searchEntries;

    public PlacesCatalog(IEnumerable<Place> places)
    {
        var all = places.ToList();
        periodsByCode = all
            .GroupBy(p => p.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.ValidFrom).ToArray(), StringComparer.OrdinalIgnoreCase);
        // One suggestion per code and name: the latest period carries the current province and state.
        searchEntries = all
            .GroupBy(p => (p.Code, p.Name))
            .Select(g => g.MaxBy(p => p.ValidFrom)!)
            .Select(
                p => new Entry(
                    p, PlaceNames.SearchKey(p.Name),
                    p.AlternativeName is null ? null : PlaceNames.SearchKey(p.AlternativeName)))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToArray();
    }

    public static PlacesCatalog Default => LazyDefault.Value;

    public int Count => periodsByCode.Values.Sum(p => p.Length);

    /// <summary>
    /// Places whose name (or second official name, e.g. BOZEN) matches the query, ignoring case,
    /// accents and punctuation; nothing under three letters. Names starting with the query come
    /// first, then names with a word starting with it, then names containing it; within each group
    /// places valid today come before former ones, then an exact match, then alphabetical order.
    /// </summary>
    public IReadOnlyList<Place> Search(string? query, int max = 10)
    {
        var key = PlaceNames.SearchKey(query ?? string.Empty);
        if (PlaceNames.LetterCount(key) < MinQueryLetters || max <= 0)
        {
            return [];
        }
        return searchEntries
            .Select(e => (Entry: e, Rank: e.Rank(key)))
            .Where(x => x.Rank >= 0)
            .OrderBy(x => Math.Max(x.Rank, 1))
            .ThenBy(x => x.Entry.Place.Active ? 0 : 1)
            .ThenBy(x => x.Rank)
            .ThenBy(x => x.Entry.Key, StringComparer.Ordinal)
            .ThenByDescending(x => x.Entry.Place.ValidFrom)
            .Take(max)
            .Select(x => x.Entry.Place)
            .ToList();
    }

    public Place? Lookup(string code, DateOnly on) =>
        periodsByCode.TryGetValue(code.Trim(), out var periods) ? periods.LastOrDefault(p => p.IsValidOn(on)) : null;

    /// <summary>The most recent period of a code (what the form shows once a place is picked).</summary>
    public Place? Find(string code) =>
        periodsByCode.TryGetValue(code.Trim(), out var periods) ? periods[^1] : null;

    public bool Contains(string code) => periodsByCode.ContainsKey(code.Trim());

    /// <summary>Reads the gzip CSV written by scripts/build-places.py.</summary>
    public static PlacesCatalog Load(Stream gzipCsv)
    {
        using var gzip = new GZipStream(gzipCsv, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var places = new List<Place>();
        string[]? header = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split(';');
            if (header is null)
            {
                header = cells;
                continue;
            }
            places.Add(Parse(cells));
        }
        return new PlacesCatalog(places);
    }

    // Columns: kind;code;name;altName;province;region;iso3;from;to;active
    private static Place Parse(string[] c) => new(
        c[0] == "S" ? PlaceKind.ForeignState : PlaceKind.Comune,
        c[1],
        c[2],
        NullIfEmpty(c[3]),
        NullIfEmpty(c[4]),
        NullIfEmpty(c[5]),
        NullIfEmpty(c[6]),
        DateOnly.ParseExact(c[7], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        c[8].Length == 0 ? null : DateOnly.ParseExact(c[8], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        c[9] == "1");

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private sealed record Entry(Place Place, string Key, string? AlternativeKey)
    {
        // 0 exact, 1 prefix, 2 word prefix, 3 contains, -1 no match; the better of the two names.
        public int Rank(string query)
        {
            var rank = RankOf(Key, query);
            var alternative = AlternativeKey is null ? -1 : RankOf(AlternativeKey, query);
            return rank < 0 ? alternative : alternative < 0 ? rank : Math.Min(rank, alternative);
        }

        private static int RankOf(string key, string query) =>
            key == query ? 0
            : key.StartsWith(query, StringComparison.Ordinal) ? 1
            : key.Contains(" " + query, StringComparison.Ordinal) ? 2
            : key.Contains(query, StringComparison.Ordinal) ? 3
            : -1;
    }
}
