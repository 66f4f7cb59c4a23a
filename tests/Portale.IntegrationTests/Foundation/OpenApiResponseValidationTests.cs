using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Infrastructure.OpenApi;

namespace Portale.IntegrationTests.Foundation;

/// <summary>The response check fails on answers openapi.json does not describe, naming what differs.</summary>
public sealed class OpenApiResponseValidationTests
{
    private const string Letter = """
        {"name":"L-P-26-0000001_01.PDF","publishedAt":"2026-03-10T01:00:00+01:00","recipient":"TO","section":"new",
         "caseId":"C-1","practiceType":"Reclamo","utility":"POD1","serviceType":"EE","serviceTypeLabel":"Energia elettrica",
         "topic":"Fatturazione","subTopic":"Conguagli","customerName":"Rossi Maria","supplyAddress":"Via Roma 1",
         "note":null,"offlineOn":null,"hash":"ab","downloadedAt":null,"downloadedBy":null,"deadline":"2026-04-10",
         "daysToDeadline":21,"termWorkingDays":30,"extensionDays":null,"extensionChoices":[],"specialProcedure":false,
         "sector":"energy","answerName":null,"answeredAt":null,"answeredBy":null,"completeness":null}
        """;

    // A contract of its own, so these made-up answers never count as exercising the real document.
    private readonly OpenApiContract contract = new(JsonNode.Parse(File.ReadAllText(
        Path.Combine(RepositoryRoot.Path, "functions", "Portale.Functions", "openapi.json")))!.AsObject());

    private OpenApiOperation GetLetter => contract.Find("GET", "/companies/acme/letters/L-P-26-0000001_01.PDF")!;

    [Fact]
    public void A_letter_as_the_document_describes_it_matches()
    {
        Assert.Equal("/companies/{companyId}/letters/{name}", GetLetter.Template);
        Assert.Empty(contract.Check(GetLetter, 200, "application/json", Letter));
    }

    [Fact]
    public void A_literal_segment_wins_over_a_parameter()
    {
        Assert.Equal("/companies/{companyId}/letters/search", contract.Find("GET", "/companies/acme/letters/search")!.Template);
        Assert.Equal("/companies/{companyId}/letters/download", contract.Find("POST", "/companies/acme/letters/download")!.Template);
        Assert.Null(contract.Find("DELETE", "/companies/acme/letters/search"));
    }

    [Fact]
    public void A_member_of_the_wrong_type_is_named_by_its_json_pointer()
    {
        var mismatches = contract.Check(GetLetter, 200, "application/json", Letter.Replace("\"daysToDeadline\":21", "\"daysToDeadline\":\"21\""));
        Assert.Contains(mismatches, m => m.StartsWith("/daysToDeadline:", StringComparison.Ordinal));
    }

    [Fact]
    public void Null_is_refused_where_the_document_does_not_say_nullable_and_accepted_where_it_does()
    {
        Assert.Contains(contract.Check(GetLetter, 200, "application/json", Letter.Replace("\"caseId\":\"C-1\"", "\"caseId\":null")),
            m => m.StartsWith("/caseId:", StringComparison.Ordinal));
        Assert.Empty(contract.Check(GetLetter, 200, "application/json", Letter.Replace("\"note\":null", "\"note\":\"da chiamare\"")));
    }

    [Fact]
    public void A_member_the_document_does_not_describe_or_a_missing_required_one_is_a_mismatch()
    {
        Assert.Contains(contract.Check(GetLetter, 200, "application/json", Letter.Replace("{\"name\"", "{\"secret\":1,\"name\"")),
            m => m.StartsWith("/secret:", StringComparison.Ordinal));
        Assert.NotEmpty(contract.Check(GetLetter, 200, "application/json", Letter.Replace("\"hash\":\"ab\",", "")));
    }

    [Fact]
    public void A_status_or_media_type_the_operation_does_not_document_is_a_mismatch()
    {
        Assert.Contains(contract.Check(GetLetter, 418, "application/json", "{}"), m => m.Contains("status 418 is not documented"));
        Assert.NotEmpty(contract.Check(GetLetter, 200, "text/html", "<html></html>"));
        Assert.NotEmpty(contract.Check(GetLetter, 200, null, ""));
    }

    [Fact]
    public void A_problem_is_checked_against_the_problem_schema()
    {
        Assert.Empty(contract.Check(GetLetter, 404, "application/problem+json",
            """{"status":404,"title":"La risorsa richiesta non esiste.","code":"not-found"}"""));
        Assert.NotEmpty(contract.Check(GetLetter, 404, "application/problem+json", """{"status":404,"title":"Manca il codice."}"""));
        Assert.NotEmpty(contract.Check(null, 404, "application/problem+json", """{"status":"404","title":"t","code":"c"}"""));
        Assert.NotEmpty(contract.Check(null, 200, "application/json", "{}"));
    }

    [Fact]
    public async Task The_test_client_fails_a_request_whose_answer_does_not_match_naming_path_status_and_pointer()
    {
        var wrong = Letter.Replace("\"recipient\":\"TO\"", "\"recipient\":\"BCC\"");
        using var client = new HttpClient(new OpenApiValidatingHandler(contract, [], new Answering(HttpStatusCode.OK, wrong)))
        {
            BaseAddress = new Uri("http://127.0.0.1:9/"),
        };
        var failure = await Assert.ThrowsAsync<OpenApiMismatchException>(() => client.GetAsync("/api/companies/acme/letters/L-P-26-0000001_01.PDF"));
        Assert.Contains("GET /api/companies/acme/letters/L-P-26-0000001_01.PDF", failure.Message);
        Assert.Contains("(LettersGet)", failure.Message);
        Assert.Contains("answered 200", failure.Message);
        Assert.Contains("/recipient:", failure.Message);
    }

    [Fact]
    public async Task The_test_client_leaves_routes_outside_the_api_alone()
    {
        using var client = new HttpClient(new OpenApiValidatingHandler(contract, [], new Answering(HttpStatusCode.Conflict, "not json")))
        {
            BaseAddress = new Uri("http://127.0.0.1:9/"),
        };
        using var response = await client.PostAsync("/admin/clock", null);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    /// <summary>Stands for the server in these tests only: the answer is the input under test.</summary>
    private sealed class Answering(HttpStatusCode status, string json) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status)
            {
                RequestMessage = request,
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            });
    }
}
