namespace Portale.Core.Calendar;

/// <summary>
/// Manual 6.5: one further answer may replace the first, "entro e non oltre 72h" from the first
/// upload. The window is 72 elapsed hours (instant arithmetic, so a DST change neither adds nor
/// removes an hour) and includes its last instant.
/// </summary>
public static class AnswerReplacementWindow
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(72);

    public static DateTimeOffset ClosesAt(DateTimeOffset firstUploadAt) => firstUploadAt + Length;

    /// <summary>Null when a further answer uploaded at <paramref name="now"/> may replace the first.</summary>
    public static AnswerReplacementRefusal? Check(
        DateTimeOffset firstUploadAt, bool alreadyReplaced, DateTimeOffset now)
    {
        if (alreadyReplaced)
        {
            return AnswerReplacementRefusal.AlreadyReplaced;
        }
        return now > ClosesAt(firstUploadAt) ? AnswerReplacementRefusal.WindowClosed : null;
    }
}
