using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using Portale.IntegrationTests.Uploads;
using static Portale.IntegrationTests.Clients.ClientScenario;

namespace Portale.IntegrationTests.Clients;

/// <summary>
/// Issue 16: a company's system, with credentials an operator created after an SMS code, uses the very
/// routes of the web with a bearer token, for its own company only, until it is revoked or its creator
/// is disabled — checked at every call, not only when the token is issued.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ApiClientTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task A_client_created_with_the_SMS_code_lists_downloads_and_answers_for_its_company_only_until_revoked()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2027, 4, 14));
        var mine = await s.CompanyAsync("crm");
        var theirs = await s.CompanyAsync("other");
        var letter = await s.StageAsync(LetterScenario.Fields(mine));
        var theirLetter = await s.StageAsync(LetterScenario.Fields(theirs, customer: "Cliente Riservato"));
        await s.PublishNightAsync();
        var username = $"crm-{Guid.NewGuid():N}"[..20];
        using var user = await s.Host.OperatorClientAsync(username, mine);

        // A wrong code creates nothing; the code of the SMS does, and the secret is shown once.
        var code = await SendCodeAsync(s.Host, user, username, mine);
        using (var wrong = await user.PostAsJsonAsync($"/api/companies/{mine}/clients",
            new { challengeId = code.ChallengeId, code = code.Code == "000000" ? "111111" : "000000", name = "CRM", permissions = new[] { "read-letters" } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal("otp-invalid", (await wrong.ProblemAsync()).GetProperty("code").GetString());
        }
        var crm = await CreateAsync(s.Host, user, username, mine, "CRM Reclami", "read-letters", "send-answers");
        var listed = await LetterScenario.GetJsonAsync(user, $"/api/companies/{mine}/clients");
        var row = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(crm.ClientId, row.GetProperty("clientId").GetString());
        Assert.Equal(username, row.GetProperty("createdBy").GetString());
        Assert.DoesNotContain(crm.Secret, listed.GetRawText());

        using var system = await SystemAsync(s.Host, crm);
        var page = await LetterScenario.GetJsonAsync(system, $"/api/companies/{mine}/letters?section=new");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), l => l.GetProperty("name").GetString() == letter);

        // Company B does not exist for a client of company A, whatever the route.
        foreach (var path in new[] { $"/api/companies/{theirs}/letters?section=new", $"/api/companies/{theirs}/letters/{theirLetter}",
            $"/api/companies/{theirs}/letters/{theirLetter}/pdf", $"/api/companies/{mine}/letters/{theirLetter}" })
        {
            using var refused = await system.GetAsync(path);
            var body = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)refused.StatusCode} {body}");
            Assert.DoesNotContain("Riservato", body);
        }

        // The download is recorded as the client, named; the answer goes through the same upload.
        (await system.GetAsync($"/api/companies/{mine}/letters/{letter}/pdf")).EnsureSuccessStatusCode();
        var downloaded = await LetterScenario.GetJsonAsync(user, $"/api/companies/{mine}/letters/{letter}");
        Assert.Equal("sistema: CRM Reclami", downloaded.GetProperty("downloadedBy").GetString());
        var upload = await UploadScenario.UploadAsync(system, mine, "answer", "risposta.pdf", TestPdfs.OnePage("Risposta dal CRM"), [letter]);
        Assert.Equal("sistema: CRM Reclami", (await UploadScenario.LetterAsync(user, mine, letter)).GetProperty("answeredBy").GetString());
        Assert.NotEqual("pending", upload.GetProperty("status").GetString());

        // The company's feed: the download and the answer, each once; from the cursor, nothing again.
        var feed = await Eventually.ReturnsAsync(
            () => LetterScenario.GetJsonAsync(system, $"/api/companies/{mine}/changes?pageSize=10"),
            f => f.GetProperty("items").GetArrayLength() >= 2);
        var kinds = feed.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("letter").GetString() == letter).Select(i => i.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["download", "answer"], kinds);
        var links = feed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("document").GetString()!).ToList();
        Assert.All(links, l => Assert.StartsWith($"/api/companies/{mine}/letters/{letter}/", l));
        (await system.GetAsync(links[^1])).EnsureSuccessStatusCode();
        var rest = await LetterScenario.GetJsonAsync(system,
            $"/api/companies/{mine}/changes?pageSize=10&cursor={Uri.EscapeDataString(feed.GetProperty("nextCursor").GetString()!)}");
        Assert.Empty(rest.GetProperty("items").EnumerateArray());
        using (var other = await system.GetAsync($"/api/companies/{theirs}/changes"))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        // Routes that are the operator's own (the profile) are not the system's.
        using (var profile = await system.GetAsync("/api/me"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, profile.StatusCode);
            Assert.Equal("client-not-allowed", (await profile.ProblemAsync()).GetProperty("code").GetString());
        }

        // Every call is in the client's log, refused ones included.
        var calls = await Eventually.ReturnsAsync(
            () => LetterScenario.GetJsonAsync(user, $"/api/companies/{mine}/clients/{crm.ClientId}/calls"),
            c => c.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("path").GetString() == "/api/me"));
        Assert.Contains(calls.GetProperty("items").EnumerateArray(),
            i => i.GetProperty("status").GetInt32() == 404 && i.GetProperty("path").GetString()!.Contains(theirs));

        // Revoked: the token already issued fails at the next call, and no new token is given.
        (await user.PostAsync($"/api/companies/{mine}/clients/{crm.ClientId}/revoke", null)).EnsureSuccessStatusCode();
        using (var after = await system.GetAsync($"/api/companies/{mine}/letters?section=new"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
            Assert.Equal("token-invalid", (await after.ProblemAsync()).GetProperty("code").GetString());
        }
        using var again = await RequestTokenAsync(s.Host, crm.ClientId, crm.Secret);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal("invalid_client", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Disabling_the_creator_stops_the_client_at_once_and_its_stolen_secret_gets_no_token()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2027, 4, 21));
        var company = await s.CompanyAsync("dis");
        var username = $"dis-{Guid.NewGuid():N}"[..20];
        using var user = await s.Host.OperatorClientAsync(username, company);
        var reader = await CreateAsync(s.Host, user, username, company, "Gestionale", "read-letters");
        using var system = await SystemAsync(s.Host, reader);
        (await system.GetAsync($"/api/companies/{company}/reminders")).EnsureSuccessStatusCode();

        // Read-only credentials cannot upload.
        using (var upload = await UploadScenario.PostAsync(system, company, "answer", "r.pdf", TestPdfs.OnePage(), ["L-P-27-0000001_01.PDF"]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
            Assert.Equal("permission-missing", (await upload.ProblemAsync()).GetProperty("code").GetString());
        }

        // The staff see the company's clients; the consultation role may not revoke them.
        using var readOnly = await s.Host.StaffClientAsync(StaffRoles.ReadOnly);
        var staffList = await LetterScenario.GetJsonAsync(readOnly, $"/api/backoffice/companies/{company}/clients");
        Assert.Equal(reader.ClientId, staffList.GetProperty("items")[0].GetProperty("clientId").GetString());
        using (var refused = await readOnly.PostAsync($"/api/backoffice/companies/{company}/clients/{reader.ClientId}/revoke", null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        (await s.Staff.DisableUserAsync(company, username)).EnsureSuccessStatusCode();
        using (var after = await system.GetAsync($"/api/companies/{company}/reminders"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        }
        using var stolen = await RequestTokenAsync(s.Host, reader.ClientId, reader.Secret);
        Assert.Equal(HttpStatusCode.Unauthorized, stolen.StatusCode);
        Assert.Equal("Basic realm=\"portale\"", stolen.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task The_token_endpoint_answers_as_RFC_6749_writes_it()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2027, 4, 28));
        var company = await s.CompanyAsync("oauth");
        var username = $"oau-{Guid.NewGuid():N}"[..20];
        using var user = await s.Host.OperatorClientAsync(username, company);
        var client = await CreateAsync(s.Host, user, username, company, "ERP", "send-answers");
        using var anonymous = s.Host.AnonymousClient();

        async Task<(HttpStatusCode, JsonElement)> PostAsync(HttpContent content, string? basic = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/oauth/token") { Content = content };
            if (basic is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            }
            using var response = await anonymous.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
        }
        FormUrlEncodedContent Form(params (string, string)[] fields) => new(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)));

        var (status, token) = await PostAsync(Form(("grant_type", "client_credentials"), ("client_id", client.ClientId), ("client_secret", client.Secret)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        Assert.Equal(900, token.GetProperty("expires_in").GetInt32());
        Assert.Equal("send-answers", token.GetProperty("scope").GetString());

        (status, var error) = await PostAsync(Form(("grant_type", "password"), ("client_id", client.ClientId), ("client_secret", client.Secret)));
        Assert.Equal((HttpStatusCode.BadRequest, "unsupported_grant_type"), (status, error.GetProperty("error").GetString()));
        (status, error) = await PostAsync(Form(("grant_type", "client_credentials"), ("client_id", client.ClientId), ("client_secret", client.Secret), ("scope", "read-letters")));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_scope"), (status, error.GetProperty("error").GetString()));
        (status, error) = await PostAsync(Form(("grant_type", "client_credentials"), ("client_id", client.ClientId), ("client_secret", client.Secret[..^1] + "x")));
        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_client"), (status, error.GetProperty("error").GetString()));
        (status, error) = await PostAsync(JsonContent.Create(new { grant_type = "client_credentials" }));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_request"), (status, error.GetProperty("error").GetString()));
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{client.ClientId}:{client.Secret}"));
        (status, error) = await PostAsync(Form(("grant_type", "client_credentials"), ("client_id", client.ClientId)), basic);
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_request"), (status, error.GetProperty("error").GetString()));

        // A token with a byte changed is no token.
        using var forged = s.Host.AnonymousClient();
        var value = token.GetProperty("access_token").GetString()!;
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", value[..^1] + (value[^1] == 'a' ? 'b' : 'a'));
        using var refused = await forged.GetAsync($"/api/companies/{company}/communications");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
