namespace Portale.Adapters.Letters;

/// <summary>
/// Row keys of table <c>companyletters</c> (PartitionKey = company id): the main row <c>l_{name}</c>,
/// one index row per letter in its section <c>s_{section}_{newest-first ticks}_{name}</c> and the
/// section counters <c>c_{section}_{offline yyyyMMdd}_{to|cc}_{service}</c>, and the day's activity for
/// the daily PEC report, <c>a_{Rome yyyyMMdd}_{p|d|r|s|c}_…</c> (published, downloaded, answered, sollecito,
/// classified), and the due index rows of the time rules <c>da_…</c>, <c>dr_…</c> (<see cref="Due"/>),
/// each written in the batch of the change it records; and the dashboard's counters <c>t_…</c>
/// (<see cref="Tally"/>).
/// </summary>
public static class LetterKeys
{
    /// <summary>Stored as the offline date of letters that never go offline, so one string filter serves all.</summary>
    public const string Never = "99991231";

    public static string Main(string name) => $"l_{name}";

    public static string Index(Letter letter) =>
        $"{IndexPrefix(letter.Section)}{NewestFirst(letter.PublishedAt)}_{letter.Name}";

    /// <summary>Inverted ticks, 19 digits: keys that sort the newest instant first.</summary>
    public static string NewestFirst(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>
    /// The due index row of a time rule, <c>da_{yyyyMMdd}_{name}</c> (ageing) or <c>dr_…</c> (solleciti),
    /// or null when the rule has nothing left to do with the letter (<see cref="LetterDueDays"/>).
    /// </summary>
    public static string? Due(Letter letter, LetterTimeRule rule) =>
        LetterDueDays.Of(letter, rule) is { } day ? $"{DuePrefix(rule)}{Day(day)}_{letter.Name}" : null;

    public static string DuePrefix(LetterTimeRule rule) => rule == LetterTimeRule.Ageing ? "da_" : "dr_";

    public static string IndexPrefix(Section section) => $"s_{SectionNames.Of(section)}_";

    public static string Counter(Letter letter)
    {
        var recipient = letter.Recipient == Recipient.To ? "to" : "cc";
        var service = ServiceTypes.CodeOf(letter.Fields.ServiceType);
        return $"{CounterPrefix(letter.Section)}{Offline(letter)}_{recipient}_{service}";
    }

    public static string CounterPrefix(Section section) => $"c_{SectionNames.Of(section)}_";

    public static string Offline(Letter letter) => letter.OfflineOn is { } d ? Day(d) : Never;

    public static string ActivityPrefix(DateOnly day) => $"a_{Day(day)}_";

    public static string Published(Letter letter) => $"{ActivityPrefix(letter.PublishedOn)}p_{letter.Name}";

    public static string Downloaded(Letter letter, DateTimeOffset downloadedAt) =>
        $"{ActivityPrefix(RomeDay(downloadedAt))}d_{letter.Name}";

    public static string Answered(LetterAnswer answer, string letterName) =>
        $"{ActivityPrefix(RomeDay(answer.AnsweredAt))}r_{answer.UploadId}_{letterName}";

    public static string Classified(Letter letter, DateTimeOffset classifiedAt) =>
        $"{ActivityPrefix(RomeDay(classifiedAt))}c_{letter.Name}";

    private static DateOnly RomeDay(DateTimeOffset instant) => DateOnly.FromDateTime(RomeTime.ToRome(instant).DateTime);

    /// <summary>
    /// The counter of a dashboard tally: <c>t_o_{deadline yyyyMMdd}</c> (to answer), <c>t_a_{yyyyMM}</c>
    /// («assente»), <c>t_r_{yyyyMM}_{working days, 3 digits}</c> (answered).
    /// </summary>
    public static string Tally(LetterTally tally) => tally.Kind switch
    {
        LetterTallyKind.Open => $"{OpenTallyPrefix}{Day(tally.Day)}",
        LetterTallyKind.Absent => AbsentTally(tally.Day),
        _ => $"{AnsweredTallyPrefix}{Month(tally.Day)}_{Math.Min(tally.WorkingDays, 999):D3}",
    };

    public const string OpenTallyPrefix = "t_o_";

    public const string AnsweredTallyPrefix = "t_r_";

    public static string AbsentTally(DateOnly day) => $"t_a_{Month(day)}";

    public static string Month(DateOnly day) => day.ToString("yyyyMM", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The first key after every key starting with <paramref name="prefix"/> ('`' follows '_').</summary>
    public static string End(string prefix) => prefix[..^1] + "`";
}
