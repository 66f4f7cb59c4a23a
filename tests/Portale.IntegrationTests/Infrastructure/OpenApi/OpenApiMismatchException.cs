namespace Portale.IntegrationTests.Infrastructure.OpenApi;

/// <summary>A response of the local host that openapi.json does not describe; fails the test that received it.</summary>
public sealed class OpenApiMismatchException(string message) : Exception(message);
