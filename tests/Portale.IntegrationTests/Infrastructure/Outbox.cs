using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>Reads the development outbox (GET /api/dev/outbox) as a person would read their mail and SMS.</summary>
public static partial class Outbox
{
    public sealed record Message(string Kind, string To, string? Subject, string Body);

    public static async Task<IReadOnlyList<Message>> ForAsync(HttpClient client, string to)
    {
        var answer = await client.GetFromJsonAsync<JsonElement>($"/api/dev/outbox?to={Uri.EscapeDataString(to)}");
        return answer.GetProperty("items").EnumerateArray()
            .Select(i => new Message(i.GetProperty("kind").GetString()!, i.GetProperty("to").GetString()!,
                i.TryGetProperty("subject", out var s) ? s.GetString() : null, i.GetProperty("body").GetString()!))
            .ToList();
    }

    /// <summary>The newest message to <paramref name="to"/> whose subject (or SMS text) contains <paramref name="about"/>.</summary>
    public static async Task<Message> LatestAsync(HttpClient client, string to, string about) =>
        (await ForAsync(client, to)).FirstOrDefault(m => (m.Subject ?? m.Body).Contains(about, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No message to {to} about '{about}'.");

    public static string Token(Message message) => TokenPattern().Match(message.Body).Groups[1].Value;

    public static string TemporaryPassword(Message message) => PasswordPattern().Match(message.Body).Groups[1].Value;

    public static async Task<string> LatestCodeAsync(HttpClient client, string mobile) =>
        CodePattern().Match((await LatestAsync(client, mobile, "codice")).Body).Groups[1].Value;

    [GeneratedRegex(@"token=([0-9a-f]{64})")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"password: (\S+)")]
    private static partial Regex PasswordPattern();

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex CodePattern();
}
