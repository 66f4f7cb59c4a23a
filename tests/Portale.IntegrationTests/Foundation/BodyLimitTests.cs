using System.Net;
using System.Net.Http.Json;
using System.Text;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Foundation;

/// <summary>JSON bodies are capped before they are parsed, whether their length is declared or not.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BodyLimitTests(AzuriteProcess azurite)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_json_body_over_64_KB_is_refused_with_413_before_it_is_parsed(bool declaredLength)
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        using var client = host.NewClient();
        var json = $$"""{"username":"qualcuno","password":"{{new string('x', 70 * 1024)}}"}""";
        HttpContent content = declaredLength
            ? new StringContent(json, Encoding.UTF8, "application/json")
            : new StreamContent(new Uploads.NonSeekableStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/auth/login", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body-too-large", (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetString());
    }
}
