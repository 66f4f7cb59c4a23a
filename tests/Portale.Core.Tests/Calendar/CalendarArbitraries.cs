using FsCheck;
using FsCheck.Fluent;
using Portale.Core.Calendar;

namespace Portale.Core.Tests.Calendar;

/// <summary>A start date and offline days clustered after it, so they actually affect the counts.</summary>
public sealed record CalendarCase(DateOnly Start, IReadOnlyList<DateOnly> OfflineDays)
{
    public WorkingDayCalendar Calendar { get; } = new(OfflineDays);

    public override string ToString() => $"Start {Start:yyyy-MM-dd}, offline [{string.Join(", ", OfflineDays.Select(d => d.ToString("yyyy-MM-dd")))}]";
}

public static class CalendarArbitraries
{
    private static readonly DateOnly Epoch = new(2000, 1, 1);

    public static Arbitrary<DateOnly> Dates() =>
        Gen.Choose(0, 365 * 40).Select(Epoch.AddDays).ToArbitrary();

    public static Arbitrary<CalendarCase> Cases() =>
        (from start in Dates().Generator
         from offsets in Gen.ArrayOf(Gen.Choose(-10, 90), 6)
         select new CalendarCase(start, offsets.Select(start.AddDays).Distinct().Order().ToArray()))
        .ToArbitrary();

    public static Arbitrary<LetterTerms> Letters() =>
        (from published in Gen.Choose(0, 365 * 3).Select(new DateOnly(2024, 1, 1).AddDays)
         from term in Gen.Choose(1, 40)
         from extension in Gen.Elements(0, 0, 0, 1, 5, 17)
         from special in Gen.Elements(false, false, false, true)
         select new LetterTerms(published, term, extension, special))
        .ToArbitrary();
}
