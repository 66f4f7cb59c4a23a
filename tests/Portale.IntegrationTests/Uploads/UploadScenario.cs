using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;

namespace Portale.IntegrationTests.Uploads;

/// <summary>Uploads over HTTP and waits for their processing by the blob-triggered function.</summary>
internal static class UploadScenario
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient user, string company, string kind, string fileName, byte[] content,
        string[]? letters = null, string? label = null) =>
        await user.PostAsync($"/api/companies/{company}/uploads", UploadForm(kind, fileName, content, letters, label));

    /// <summary>The upload's multipart form: the fields, then the file last.</summary>
    /// <param name="matching">The <c>matching</c> field (JSON), sent instead of letters.</param>
    public static MultipartFormDataContent UploadForm(string kind, string fileName, byte[] content, string[]? letters = null, string? label = null,
        string? matching = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(kind), "kind" } };
        foreach (var letter in letters ?? [])
        {
            form.Add(new StringContent(letter), "letters");
        }
        if (matching is not null)
        {
            form.Add(new StringContent(matching), "matching");
        }
        if (label is not null)
        {
            form.Add(new StringContent(label), "label");
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return form;
    }

    /// <summary>Uploads, expects 202, and returns the upload once processed.</summary>
    public static async Task<JsonElement> UploadAsync(HttpClient user, string company, string kind, string fileName, byte[] content,
        string[]? letters = null, string? label = null)
    {
        using var response = await PostAsync(user, company, kind, fileName, content, letters, label);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {body}");
        var uploadId = JsonDocument.Parse(body).RootElement.GetProperty("uploadId").GetString()!;
        return await WaitAsync(user, company, uploadId);
    }

    public static async Task<JsonElement> WaitAsync(HttpClient user, string company, string uploadId)
    {
        var upload = await Eventually.ReturnsAsync(
            () => LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/uploads/{uploadId}"),
            u => u.GetProperty("status").GetString() != "pending",
            TimeSpan.FromSeconds(60));
        Assert.NotEqual("pending", upload.GetProperty("status").GetString());
        return upload;
    }

    public static IReadOnlyList<JsonElement> Results(JsonElement upload) => upload.GetProperty("results").EnumerateArray().ToList();

    public static string? Reason(JsonElement upload, int index = 0) => Results(upload)[index].GetProperty("reason").GetString();

    public static async Task<IReadOnlyList<JsonElement>> FailedAsync(HttpClient user, string company) =>
        (await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/failed-uploads?pageSize=100")).GetProperty("items").EnumerateArray().ToList();

    public static async Task<JsonElement> LetterAsync(HttpClient user, string company, string letter) =>
        await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/letters/{letter}");

    public static string AnswerName(string letter) => "R" + letter[1..];

    /// <summary>Stages and publishes TO letters for <paramref name="company"/> and downloads them as <paramref name="user"/>.</summary>
    public static async Task<string[]> DownloadedLettersAsync(LetterScenario s, HttpClient user, string company, string[] names)
    {
        foreach (var name in names)
        {
            using var response = await user.GetAsync($"/api/companies/{company}/letters/{name}/pdf");
            Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return names;
    }
}
