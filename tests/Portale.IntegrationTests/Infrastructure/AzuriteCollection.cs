using Portale.IntegrationTests.Infrastructure.OpenApi;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>
/// One Azurite for the whole run; each test class starts its own local host(s) on it. At the end, the
/// OpenAPI coverage of the run's responses is written down (<see cref="OpenApiCoverageReport"/>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteProcess>, ICollectionFixture<OpenApiCoverageReport>
{
    public const string Name = "azurite";
}
