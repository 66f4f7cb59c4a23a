using System.Security.Cryptography;
using System.Text;

namespace Portale.Functions.Hosting;

/// <summary>Accounts and sign-in: their services, secrets and the few settings they read.</summary>
public static class AccountsRegistration
{
    public const string SigningKeySetting = "Portale:Sessions:SigningKey";
    public const string PublicBaseUrlSetting = "Portale:PublicBaseUrl";
    public const string AccountsSection = "Portale:Accounts";

    private const string DefaultPublicBaseUrl = "http://127.0.0.1:7071";

    /// <summary>
    /// Accounts and sign-in. The captcha difficulty and the PBKDF2 cost can be lowered only in
    /// Development (tests); elsewhere the defaults hold.
    /// </summary>
    public static IServiceCollection AddAccounts(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        services.AddSingleton(_ => new AccountSecrets(SigningKey(configuration, development)));
        services.AddSingleton(new CaptchaOptions
        {
            MaxNumber = DevelopmentOnly(configuration, development, "Portale:Captcha:MaxNumber")
                ?? new CaptchaOptions().MaxNumber,
        });
        var security = new AccountSecurityOptions();
        configuration.GetSection(AccountsSection).Bind(security);
        services.AddSingleton(security);
        services.AddSingleton<ClientAddress>();
        services.AddSingleton(new PasswordHasher(
            DevelopmentOnly(configuration, development, "Portale:Passwords:Iterations")
                ?? PasswordHasher.DefaultIterations));
        var baseUrl = configuration[PublicBaseUrlSetting];
        services.AddSingleton(new AccountLinks(baseUrl is { Length: > 0 } ? baseUrl : DefaultPublicBaseUrl));
        services.AddSingleton(PlacesCatalog.Default);
        services.AddSingleton(PecDetector.Default);
        services.AddSingleton<RegistrationValidator>();
        Type[] applicationServices =
        [
            typeof(CaptchaService), typeof(AccountTokens), typeof(AccountMessenger), typeof(AccountPasswords),
            typeof(RegistrationService), typeof(ConfirmationService), typeof(LoginRateLimits), typeof(OtpSender),
            typeof(SignInService), typeof(ChallengeAccess), typeof(OtpService), typeof(SignInStepsService),
            typeof(RecoveryService), typeof(MobileChangeService), typeof(ProfileService),
            typeof(AccountLifecycleService), typeof(AccountAdministration), typeof(UserSearch), typeof(EnablementRecords),
        ];
        foreach (var type in applicationServices)
        {
            services.AddSingleton(type);
        }
        return services;
    }

    // Tests make captchas and password hashing cheap; only Development honours these settings.
    private static int? DevelopmentOnly(IConfiguration configuration, bool development, string setting) =>
        development && configuration.GetValue<int?>(setting) is > 0 and var value ? value : null;

    // Development without a configured key: a random one per start (links and captchas die with the process).
    private static byte[] SigningKey(IConfiguration configuration, bool development) =>
        configuration[SigningKeySetting] is { Length: >= 16 } key ? Encoding.UTF8.GetBytes(key)
        : development ? RandomNumberGenerator.GetBytes(32)
        : throw new InvalidOperationException($"{SigningKeySetting} must be set (at least 16 characters).");
}
