namespace Portale.Functions.Portal;

/// <summary>
/// What the staff console needs to sign in with Entra ID, read at run time from the Function App's
/// settings (section <c>Portale:Staff</c>, set by the Bicep): the Static Web App serves only files, so
/// the API beside it is where one build learns the app registration of the environment it runs in
/// (docs/decisions/0017-staff-console-sign-in.md).
/// </summary>
public sealed record StaffConsoleSettings(string? ClientId, string? Authority, string? Scope, bool DevelopmentSignIn)
{
    public static StaffConsoleSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var staff = configuration.GetSection(StaffAuthentication.ConfigSection);
        var apiClientId = Blank(staff["ClientId"]);
        var clientId = Blank(staff["ConsoleClientId"]) ?? apiClientId;
        var instance = Blank(staff["Instance"]) ?? "https://login.microsoftonline.com/";
        var tenant = Blank(staff["TenantId"]);
        var audience = Blank(staff["Audience"]) ?? (apiClientId is null ? null : $"api://{apiClientId}");
        return new StaffConsoleSettings(
            clientId,
            tenant is null ? null : $"{instance.TrimEnd('/')}/{tenant}",
            Blank(staff["ConsoleScope"]) ?? (audience is null ? null : $"{audience}/.default"),
            environment.IsDevelopment());
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
