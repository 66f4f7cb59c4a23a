namespace Portale.Core.Calendar;

/// <summary>
/// Italian national public holidays as the law stands today (including 4 October from 2026,
/// L. 151/2025), computed here rather than taken from a package that lacks 4 October.
/// Earlier changes to the list (1977–2000) are not modelled: the portal's letters are all later.
/// Local patron saints' days (e.g. Rome's 29 June) are not national holidays.
/// </summary>
public static class ItalianHolidays
{
    public const int SaintFrancisFirstYear = 2026;

    private static readonly (int Month, int Day, int FromYear)[] FixedDates =
    [
        (1, 1, 1),    // Capodanno
        (1, 6, 1),    // Epifania
        (4, 25, 1),   // Festa della Liberazione
        (5, 1, 1),    // Festa del Lavoro
        (6, 2, 1),    // Festa della Repubblica
        (8, 15, 1),   // Ferragosto
        (10, 4, SaintFrancisFirstYear), // San Francesco d'Assisi, L. 151/2025
        (11, 1, 1),   // Ognissanti
        (12, 8, 1),   // Immacolata Concezione
        (12, 25, 1),  // Natale
        (12, 26, 1),  // Santo Stefano
    ];

    public static bool IsHoliday(DateOnly date) =>
        date == EasterMonday(date.Year)
        || FixedDates.Any(f => f.Month == date.Month && f.Day == date.Day && date.Year >= f.FromYear);

    /// <summary>The holidays of a year, in date order, each once (Easter Monday can fall on 25 April).</summary>
    public static IReadOnlyList<DateOnly> For(int year) =>
        FixedDates
            .Where(f => year >= f.FromYear)
            .Select(f => new DateOnly(year, f.Month, f.Day))
            .Append(EasterMonday(year))
            .Distinct()
            .Order()
            .ToArray();

    public static DateOnly EasterMonday(int year) => EasterSunday(year).AddDays(1);

    /// <summary>Western Easter by the anonymous Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
