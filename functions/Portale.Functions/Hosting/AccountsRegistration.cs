using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portale.Core.Accounts;
using Portale.Core.Accounts.Administration;
using Portale.Core.Accounts.Captcha;
using Portale.Core.Accounts.Email;
using Portale.Core.Accounts.Lifecycle;
using Portale.Core.Accounts.MobileChange;
using Portale.Core.Accounts.Passwords;
using Portale.Core.Accounts.Places;
using Portale.Core.Accounts.Profile;
using Portale.Core.Accounts.Recovery;
using Portale.Core.Accounts.Registration;
using Portale.Core.Accounts.SignIn;
using Portale.Core.Accounts.Texts;
using Portale.Core.Accounts.Tokens;

namespace Portale.Functions.Hosting;

public static class AccountsRegistration
{
    public const string SigningKeySetting = "Portale:Sessions:SigningKey";
    public const string PublicBaseUrlSetting = "Portale:PublicBaseUrl";
    public const string CaptchaMaxNumberSetting = "Portale:Captcha:MaxNumber";
    public const string PasswordIterationsSetting = "Portale:Passwords:Iterations";
    public const string DefaultPublicBaseUrl = "http://127.0.0.1:7071";

    /// <summary>
    /// Accounts and sign-in. The captcha difficulty and the PBKDF2 cost can be lowered only in
    /// Development (tests); elsewhere the defaults hold.
    /// </summary>
    public static IServiceCollection AddAccounts(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        services.AddSingleton(_ => new AccountSecrets(SigningKey(configuration, development)));
        var captchaMax = configuration.GetValue<int?>(CaptchaMaxNumberSetting);
        services.AddSingleton(new CaptchaOptions
        {
            MaxNumber = development && captchaMax is > 0 ? captchaMax.Value : new CaptchaOptions().MaxNumber,
        });
        var iterations = configuration.GetValue<int?>(PasswordIterationsSetting);
        services.AddSingleton(new PasswordHasher(
            development && iterations is > 0 ? iterations.Value : PasswordHasher.DefaultIterations));
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
            typeof(AccountLifecycleService), typeof(AccountAdministration),
        ];
        foreach (var type in applicationServices)
        {
            services.AddSingleton(type);
        }
        return services;
    }

    // Development without a configured key: a random one per start (links and captchas die with the process).
    private static byte[] SigningKey(IConfiguration configuration, bool development) =>
        configuration[SigningKeySetting] is { Length: >= 16 } key ? Encoding.UTF8.GetBytes(key)
        : development ? RandomNumberGenerator.GetBytes(32)
        : throw new InvalidOperationException($"{SigningKeySetting} must be set (at least 16 characters).");
}
