namespace Portale.Core.Sportello;

/// <summary>
/// Where a letter stands, as the staff filter it (<c>state</c>): the dashboard's own definitions, so a
/// dashboard count and the list behind it agree; a letter can be in several (an overdue letter is still
/// to answer, and maybe to download).
/// </summary>
public enum LetterState
{
    ToDownload,
    ToAnswer,
    Overdue,
    Answered,
    Absent,
    Incomplete,
    Offline,
}
