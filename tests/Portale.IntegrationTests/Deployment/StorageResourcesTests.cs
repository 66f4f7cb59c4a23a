using System.Text.RegularExpressions;
using Portale.Adapters.Storage;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Deployment;

/// <summary>The Bicep creates exactly the tables and containers the app uses (StorageNames).</summary>
public sealed partial class StorageResourcesTests
{
    private static readonly string Bicep = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "modules", "storage-data.bicep"));

    [Fact]
    public void Bicep_creates_every_table_the_app_uses()
    {
        Assert.Equal(StorageNames.Tables.Order(), ListParameter("tableNames").Order());
    }

    [Fact]
    public void Bicep_creates_every_container_the_app_uses()
    {
        Assert.Equal(StorageNames.Containers.Order(), ListParameter("containerNames").Order());
    }

    private static IEnumerable<string> ListParameter(string name)
    {
        var block = Regex.Match(Bicep, $@"param {name} string\[\] = \[(.*?)\]", RegexOptions.Singleline);
        Assert.True(block.Success, $"param {name} not found in storage-data.bicep");
        return Item().Matches(block.Groups[1].Value).Select(m => m.Groups[1].Value);
    }

    [GeneratedRegex(@"'([a-z0-9-]+)'")]
    private static partial Regex Item();
}
