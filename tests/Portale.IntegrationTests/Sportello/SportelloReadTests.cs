using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Sportello;

/// <summary>
/// What came back from a company and where its letters stand, read by staff: letters with their state
/// (the operator's note left out), the letter's PDF without recording a download, both answers of a
/// replaced one, communications with their PDFs, invii falliti, every document the change feed links,
/// and the refusals without a token, without a role and for an unknown company.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SportelloReadTests(AzuriteProcess azurite)
{
    // A day of its own: the nightly loading runs once per day on the shared Azurite.
    private static readonly DateOnly Day = new(2028, 3, 16);

    [Fact]
    public async Task Staff_read_letters_answers_communications_and_failures_of_a_company_without_touching_them()
    {
        await using var s = await LetterScenario.StartAsync(azurite, Day);
        var company = await s.CompanyAsync("spo");
        var (answered, untouched) = (await s.StageAsync(LetterScenario.Fields(company)), await s.StageAsync(LetterScenario.Fields(company)));
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"spo-{company}", company);
        await DownloadedLettersAsync(s, user, company, [answered]);
        (await user.PutAsJsonAsync($"/api/companies/{company}/letters/{answered}/note", new { text = "Solo mia" })).EnsureSuccessStatusCode();
        var (first, second) = (TestPdfs.OnePage("prima risposta"), TestPdfs.OnePage("seconda risposta"));
        var firstUpload = (await UploadAsync(user, company, "answer", AnswerName(answered), first, [answered])).GetProperty("uploadId").GetString();
        await s.Host.SetClockAsync(LetterScenario.At(Day, 11, 0));
        using var again = await s.Host.OperatorClientAsync($"spo-{company}", company);
        var secondUpload = await UploadAsync(again, company, "answer", AnswerName(answered), second, [answered]);
        Assert.Equal("accepted", secondUpload.GetProperty("status").GetString());
        var communication = TestPdfs.OnePage($"{company} comunicazione");
        await UploadAsync(again, company, "communication", "comunicazione.pdf", communication, label: "Etichetta");
        var refused = await UploadAsync(again, company, "answer", AnswerName(untouched), TestPdfs.OnePage("non scaricata"), [untouched]);
        Assert.Equal("rejected", refused.GetProperty("status").GetString());
        var operatorView = await LetterAsync(again, company, answered);

        using var staff = await s.Host.StaffClientAsync(StaffRoles.ReadOnly);
        var root = $"/api/backoffice/companies/{company}";
        var section = operatorView.GetProperty("section").GetString();
        var listed = Assert.Single((await LetterScenario.GetJsonAsync(staff, $"{root}/letters?section={section}")).GetProperty("items").EnumerateArray());
        Assert.Equal(answered, listed.GetProperty("name").GetString());
        var letter = await LetterScenario.GetJsonAsync(staff, $"{root}/letters/{answered}");
        Assert.Equal(JsonValueKind.Null, letter.GetProperty("note").ValueKind);
        Assert.Equal("Solo mia", operatorView.GetProperty("note").GetString());
        Assert.Equal(operatorView.GetProperty("downloadedBy").GetString(), letter.GetProperty("downloadedBy").GetString());
        Assert.Equal(operatorView.GetProperty("answeredAt").GetDateTimeOffset(), letter.GetProperty("answeredAt").GetDateTimeOffset());
        Assert.Equal(operatorView.GetProperty("daysToDeadline").GetInt32(), letter.GetProperty("daysToDeadline").GetInt32());
        Assert.Equal(secondUpload.GetProperty("uploadId").GetString(), letter.GetProperty("answerUploadId").GetString());
        Assert.Equal(firstUpload, letter.GetProperty("replacedAnswerUploadId").GetString());
        var search = await LetterScenario.GetJsonAsync(staff, $"{root}/letters/search?letter={untouched}");
        Assert.Equal(untouched, Assert.Single(search.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());

        // Both answers are kept and downloaded by their uploads; any other upload is not the letter's.
        Assert.Equal(first, await staff.GetByteArrayAsync($"{root}/letters/{answered}/answers/{firstUpload}/pdf"));
        Assert.Equal(second, await staff.GetByteArrayAsync($"{root}/letters/{answered}/answers/{letter.GetProperty("answerUploadId").GetString()}/pdf"));
        await AssertNotFoundAsync(staff, $"{root}/letters/{answered}/answers/{Guid.NewGuid():N}/pdf", "not-found");
        await AssertNotFoundAsync(staff, $"{root}/letters/{untouched}/answers/{firstUpload}/pdf", "not-found");

        // Staff read the letter's PDF; the operator's Data/Utente Download stay unset.
        var pdf = await staff.GetByteArrayAsync($"{root}/letters/{untouched}/pdf");
        var stillNew = await LetterScenario.GetJsonAsync(staff, $"{root}/letters/{untouched}");
        Assert.Equal(stillNew.GetProperty("hash").GetString(), Convert.ToHexStringLower(SHA256.HashData(pdf)));
        Assert.Equal(JsonValueKind.Null, stillNew.GetProperty("downloadedAt").ValueKind);
        Assert.Equal("new", stillNew.GetProperty("section").GetString());

        var communications = (await LetterScenario.GetJsonAsync(staff, $"{root}/communications")).GetProperty("items").EnumerateArray().ToList();
        var sent = Assert.Single(communications);
        Assert.Equal("Etichetta", sent.GetProperty("label").GetString());
        Assert.Equal(communication, await staff.GetByteArrayAsync($"{root}/communications/{sent.GetProperty("key").GetString()}/pdf"));
        await AssertNotFoundAsync(staff, $"{root}/communications/nessuna/pdf", "not-found");
        var failed = Assert.Single((await LetterScenario.GetJsonAsync(staff, $"{root}/failed-uploads")).GetProperty("items").EnumerateArray());
        Assert.Equal(AnswerName(untouched), failed.GetProperty("file").GetString());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("reason").GetString()));

        // Every document the change feed names is there for staff.
        var feed = (await LetterScenario.GetJsonAsync(staff, $"{root}/changes?pageSize=100")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["download", "answer", "answer", "communication"], feed.Select(i => i.GetProperty("kind").GetString()));
        foreach (var item in feed)
        {
            using var document = await staff.GetAsync(item.GetProperty("document").GetString());
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.Equal("application/pdf", document.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(second, await staff.GetByteArrayAsync(feed[2].GetProperty("document").GetString()));

        await AssertNotFoundAsync(staff, "/api/backoffice/companies/societa-assente/letters?section=new", "company-not-found");
        await AssertNotFoundAsync(staff, "/api/backoffice/companies/societa-assente/communications", "company-not-found");
        using var helpDesk = await s.Host.StaffClientAsync(StaffRoles.HelpDesk);
        Assert.Single((await LetterScenario.GetJsonAsync(helpDesk, $"{root}/failed-uploads")).GetProperty("items").EnumerateArray());
        using (var anonymous = await s.Host.Client.GetAsync($"{root}/letters/{answered}"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        using var noRole = await s.Host.ApplicationClientAsync("sistema-senza-ruolo");
        using (var forbidden = await noRole.GetAsync($"{root}/communications"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }
        // An operator's session is no staff token.
        using (var asOperator = await again.GetAsync($"{root}/letters/{answered}"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, asOperator.StatusCode);
        }
    }

    private static async Task AssertNotFoundAsync(HttpClient client, string path, string code)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
