using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Portale.Functions.Hosting;
using Portale.Functions.Portal;

namespace Portale.IntegrationTests.Foundation;

/// <summary>The one registration, made of one <c>Add…</c> per feature, still gives every function class what it needs.</summary>
public sealed class RegistrationTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public void Every_function_class_can_be_made_from_the_shared_registration(string environmentName)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            [AccountsRegistration.SigningKeySetting] = "a signing key of the test, long enough",
            ["Portale:Staff:Instance"] = "https://login.microsoftonline.com/",
            ["Portale:Staff:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Portale:Staff:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Portale:Messaging:Acs:Endpoint"] = "https://acs.example.invalid",
        }).Build();
        var environment = new Environment(environmentName);
        var services = new ServiceCollection().AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(environment);
        services.AddPortaleFunctions(configuration, environment);
        using var provider = services.BuildServiceProvider();

        var classes = typeof(PortalFunctions).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .ToList();
        Assert.NotEmpty(classes);
        foreach (var type in classes)
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(provider, type));
        }
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Portale.Functions";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
