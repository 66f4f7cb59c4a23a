using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Portale.Functions.Security;

/// <summary>
/// Development only: a signing key made at start-up (never stored) that stands in for Entra ID,
/// so the local host can issue staff tokens (<c>POST /admin/token</c>).
/// </summary>
public sealed class DevelopmentSigningKey
{
    public const string Issuer = "https://portale.local/dev-issuer";
    public const string Audience = "api://portale-dev";

    public SymmetricSecurityKey Key { get; } = new(RandomNumberGenerator.GetBytes(32));
}
