namespace Portale.LocalHost.Demo;

public static class DemoSeederRegistration
{
    public const string SeedSetting = "Portale:Demo:Seed";

    public static IServiceCollection AddDemoSeeder(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DemoOperator>();
        services.AddSingleton<DemoLetters>();
        services.AddSingleton<DemoReminders>();
        services.AddSingleton<DemoUploads>();
        services.AddSingleton<DemoSeeder>();
        if (configuration.GetValue<bool>(SeedSetting))
        {
            services.AddHostedService<DemoSeedOnStart>();
        }
        return services;
    }

    private sealed class DemoSeedOnStart(StorageInitializer storage, DemoSeeder seeder) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await storage.EnsureCreatedAsync(cancellationToken);
            await seeder.SeedAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
