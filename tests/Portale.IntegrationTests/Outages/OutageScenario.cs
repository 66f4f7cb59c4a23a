using System.Net.Http.Json;
using System.Text.Json;
using Portale.IntegrationTests.Letters;

namespace Portale.IntegrationTests.Outages;

/// <summary>
/// Outages are portal-wide: every host on the shared Azurite reads the same table, so these tests put
/// them in 2031, where no other test counts working days, and give each one an id of its own.
/// </summary>
internal static class OutageScenario
{
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static DateTimeOffset At(DateOnly day, int hour, int minute) => LetterScenario.At(day, hour, minute);

    public static Task<HttpResponseMessage> PutAsync(
        HttpClient staff, string id, DateTimeOffset startsAt, DateTimeOffset? endsAt, bool planned = false, string? note = null) =>
        staff.PutAsJsonAsync($"/api/backoffice/outages/{id}", new { startsAt, endsAt, planned, note });

    public static async Task<JsonElement> RecordAsync(
        HttpClient staff, string id, DateTimeOffset startsAt, DateTimeOffset? endsAt, bool planned = false) =>
        await LetterScenario.JsonAsync(await PutAsync(staff, id, startsAt, endsAt, planned));

    public static Task<HttpResponseMessage> ReportAsync(
        HttpClient client, string route, string outageId, DateOnly attemptedOn, params string[] answers) =>
        client.PostAsJsonAsync(route, new { outageId, attemptedOn, answers });

    public static string[] Errors(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
