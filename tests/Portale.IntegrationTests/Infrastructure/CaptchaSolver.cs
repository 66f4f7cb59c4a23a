using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>Does what the altcha widget does: fetch a challenge, find the number, send the Base64 JSON payload.</summary>
public static class CaptchaSolver
{
    public static async Task<string> SolveAsync(HttpClient client)
    {
        var challenge = await client.GetFromJsonAsync<JsonElement>("/api/captcha");
        var salt = challenge.GetProperty("salt").GetString()!;
        var target = challenge.GetProperty("challenge").GetString()!;
        var max = challenge.GetProperty("maxnumber").GetInt32();
        for (var n = 0; n <= max; n++)
        {
            if (Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(salt + n))).Equals(target, StringComparison.OrdinalIgnoreCase))
            {
                var payload = new
                {
                    algorithm = challenge.GetProperty("algorithm").GetString(),
                    challenge = target,
                    number = n,
                    salt,
                    signature = challenge.GetProperty("signature").GetString(),
                };
                return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(payload)));
            }
        }
        throw new InvalidOperationException("Captcha not solvable within maxnumber.");
    }
}
