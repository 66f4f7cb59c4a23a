namespace Portale.Core.Calendar;

/// <summary>
/// Data Offline. Manual 6.1: documents are shown "per 12 mesi dalla loro pubblicazione; tale termine
/// è sospeso sino al caricamento della relativa risposta". We read the suspension as running from
/// publication to the answer upload, so that stretch does not count:
/// <list type="bullet">
/// <item>a letter awaiting an answer (TO) never goes offline while unanswered: no date;</item>
/// <item>an answered letter goes offline 12 months after the (first) answer upload;</item>
/// <item>a letter that takes no answer (CC) goes offline 12 months after publication.</item>
/// </list>
/// The offline date is the first day the letter is no longer shown. Month arithmetic clamps to
/// the month's end (29/02/2024 + 12 months = 28/02/2025).
/// </summary>
public static class LetterOffline
{
    public const int VisibleMonths = 12;

    public static DateOnly? OfflineDate(DateOnly publishedOn, bool expectsAnswer, DateOnly? answeredOn) =>
        (expectsAnswer, answeredOn) switch
        {
            (false, _) => publishedOn.AddMonths(VisibleMonths),
            (true, { } answered) => answered.AddMonths(VisibleMonths),
            (true, null) => null,
        };

    public static bool IsOnline(DateOnly publishedOn, bool expectsAnswer, DateOnly? answeredOn, DateOnly today) =>
        OfflineDate(publishedOn, expectsAnswer, answeredOn) is not { } offline || today < offline;
}
