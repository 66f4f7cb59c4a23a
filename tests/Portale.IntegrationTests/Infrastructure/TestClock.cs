namespace Portale.IntegrationTests.Infrastructure;

/// <summary>
/// Where a test host's business clock starts when the test does not pin it. The API answers 503 during
/// the nightly loading window (01:00–03:00 Rome), so a run that happens at night would fail every test
/// that reads the real clock: between midnight and 04:00 Rome the clock starts four hours earlier. A
/// constant shift, not a fixed hour, keeps every host of one run in the order of real time, so data
/// written by a later host always sorts after data written by an earlier one.
/// </summary>
public static class TestClock
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static DateTimeOffset Now(TimeProvider? system = null)
    {
        var rome = TimeZoneInfo.ConvertTime((system ?? TimeProvider.System).GetUtcNow(), Rome);
        return rome.Hour < 4 ? TimeZoneInfo.ConvertTime(rome.AddHours(-4), Rome) : rome;
    }

    public static string Setting => Now().ToString("o");
}
