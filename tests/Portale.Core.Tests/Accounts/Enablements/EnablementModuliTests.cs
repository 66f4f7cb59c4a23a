using Portale.Core.Accounts.Enablements;

namespace Portale.Core.Tests.Accounts.Enablements;

public sealed class EnablementModuliTests
{
    [Fact]
    public void Ids_sort_newest_first_and_are_recognised()
    {
        var at = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
        var older = EnablementModuli.NewId(at);
        var newer = EnablementModuli.NewId(at.AddMilliseconds(1));
        Assert.True(string.CompareOrdinal(newer, older) < 0);
        Assert.True(EnablementModuli.IsId(older));
        Assert.False(EnablementModuli.IsId("../../etc/passwd"));
        Assert.False(EnablementModuli.IsId(older.ToUpperInvariant()[..26] + "Z"));
        Assert.Equal($"enablements/acqua/{older}.pdf", EnablementModuli.PathOf("acqua", older));
    }
}
