using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Uploads;
using Portale.Functions.Uploads;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Uploads;

/// <summary>No upload stays pending forever: a stalled one ends rejected with a technical error the operator sees.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StalledUploadTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task An_upload_whose_file_never_arrived_is_rejected_with_a_technical_error_after_30_minutes()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 10, 20)); // a day of its own: each night is published once per shared Azurite
        var company = await s.CompanyAsync("stall");
        var letter = await s.StageAsync(LetterScenario.Fields(company));
        await s.PublishNightAsync();
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        await DownloadedLettersAsync(s, user, company, [letter]);
        var processed = await UploadAsync(user, company, "answer", AnswerName(letter), TestPdfs.OnePage(), [letter]);
        // The worker died while streaming the file: the upload is recorded but its blob never arrived,
        // so no trigger will ever run for it (UploadIntake cleans up only when it lives to see the failure).
        var clock = s.Host.Services.GetRequiredService<TimeProvider>();
        var lost = new UploadRecord(company, Guid.NewGuid().ToString("N"), UploadKind.Answer, [letter], null, AnswerName(letter), "operatore", clock.GetUtcNow());
        await s.Host.Services.GetRequiredService<IUploadStore>().AddAsync(lost, CancellationToken.None);

        await RunExpiryAsync(s.Host);
        Assert.Equal("pending", (await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/uploads/{lost.UploadId}")).GetProperty("status").GetString());

        await s.Host.SetClockAsync(clock.GetUtcNow().AddMinutes(31));
        await RunExpiryAsync(s.Host);
        await RunExpiryAsync(s.Host); // idempotent

        // Half an hour later the first session has expired: the operator signs in again.
        using var later = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        var upload = await LetterScenario.GetJsonAsync(later, $"/api/companies/{company}/uploads/{lost.UploadId}");
        Assert.Equal("rejected", upload.GetProperty("status").GetString());
        Assert.Equal(UploadMessages.TechnicalError, Reason(upload));
        var failed = Assert.Single(await FailedAsync(later, company));
        Assert.Equal((AnswerName(letter), UploadMessages.TechnicalError), (failed.GetProperty("file").GetString(), failed.GetProperty("reason").GetString()));
        var untouched = await LetterScenario.GetJsonAsync(later, $"/api/companies/{company}/uploads/{processed.GetProperty("uploadId").GetString()}");
        Assert.Equal("accepted", untouched.GetProperty("status").GetString());
    }

    private static async Task RunExpiryAsync(PortaleHost host)
    {
        using var response = await host.Client.PostAsJsonAsync($"/admin/functions/{UploadFunctions.ExpireStalled}", new { });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
