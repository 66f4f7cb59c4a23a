using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace Portale.Functions.Security;

public static class StaffAuthentication
{
    public const string ConfigSection = "Portale:Staff";

    /// <summary>
    /// Staff bearer tokens: Entra ID via Microsoft.Identity.Web in Azure; in Development a signing key
    /// made at start-up. Production never accepts the development key.
    /// </summary>
    public static IServiceCollection AddStaffAuthentication(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            var key = new DevelopmentSigningKey();
            services.AddSingleton(key);
            services.AddAuthentication().AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = DevelopmentSigningKey.Issuer,
                    ValidAudience = DevelopmentSigningKey.Audience,
                    IssuerSigningKey = key.Key,
                    RoleClaimType = "roles",
                    NameClaimType = "name",
                };
            });
        }
        else
        {
            services.AddAuthentication()
                .AddMicrosoftIdentityWebApi(configuration.GetSection(ConfigSection));
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters.RoleClaimType = "roles";
                options.TokenValidationParameters.NameClaimType = "name";
            });
        }
        return services;
    }
}
