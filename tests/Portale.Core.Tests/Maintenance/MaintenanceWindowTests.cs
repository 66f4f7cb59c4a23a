using Portale.Core.Maintenance;

namespace Portale.Core.Tests.Maintenance;

public class MaintenanceWindowTests
{
    [Theory]
    [InlineData("2026-03-10T00:59:59+01:00", false)]
    [InlineData("2026-03-10T01:00:00+01:00", true)]
    [InlineData("2026-03-10T02:59:59+01:00", true)]
    [InlineData("2026-03-10T03:00:00+01:00", false)]
    [InlineData("2026-07-10T01:30:00+02:00", true)]
    [InlineData("2026-07-10T02:30:00+01:00", false)]
    [InlineData("2026-07-09T23:30:00Z", true)]
    public void The_loading_window_is_one_to_three_in_Rome(string instant, bool loading)
    {
        var at = DateTimeOffset.Parse(instant);

        Assert.Equal(loading, MaintenanceWindow.IsLoadingWindowAt(at));
        Assert.Equal(loading, MaintenanceWindow.TimeLeft(at) is not null);
    }
}
