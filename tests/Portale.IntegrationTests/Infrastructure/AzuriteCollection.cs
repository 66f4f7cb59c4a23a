namespace Portale.IntegrationTests.Infrastructure;

/// <summary>One Azurite for the whole run; each test class starts its own local host(s) on it.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteProcess>
{
    public const string Name = "azurite";
}
