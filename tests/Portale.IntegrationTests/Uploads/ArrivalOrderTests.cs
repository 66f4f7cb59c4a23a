using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Calendar;
using Portale.Core.Identity;
using Portale.Core.Uploads;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Uploads;

/// <summary>
/// Manual 6.5 and 6.5.1 with uploads processed in the reverse order of their arrival: the one received
/// first is the first answer (its arrival judges «assente»), the later one its further answer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ArrivalOrderTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Two_uploads_processed_in_the_reverse_order_of_arrival_keep_the_first_received_as_the_first_answer()
    {
        var published = new DateOnly(2031, 9, 15);
        var lastDay = new AbsentAnswerRule(WorkingDayCalendar.Standard).LastAcceptedDay(
            new ResponseSla(WorkingDayCalendar.Standard).Deadline(new LetterTerms(published, 5)));
        await using var s = await LetterScenario.StartAsync(azurite, published);
        var company = await s.CompanyAsync("arr");
        var letter = await s.StageAsync(LetterScenario.Fields(company, term: 5));
        await s.PublishNightAsync();
        var userId = $"u-{Guid.NewGuid():N}"[..30];
        using (var user = await s.Host.OperatorClientAsync(userId, company))
        {
            await DownloadedLettersAsync(s, user, company, [letter]);
        }

        // 17:00 of the last day an answer counts: the first upload arrives, but its file is slow to come in.
        await s.Host.SetClockAsync(LetterScenario.At(lastDay, 17, 0));
        var intake = s.Host.Services.GetRequiredService<UploadIntake>();
        var first = await intake.CheckAsync(company, new UploadForm("answer", [letter], null, "prima.pdf"),
            new OperatorPrincipal(userId, userId, "slow-session"), CancellationToken.None);
        var slowBody = new NonSeekableStream(TestPdfs.OnePage("Prima risposta"), gated: true);
        var receiving = intake.ReceiveAsync(first, slowBody, CancellationToken.None);

        // The next morning a second upload arrives whole and is processed at once: for now it is the first, and late.
        await s.Host.SetClockAsync(LetterScenario.At(lastDay.AddDays(1), 10, 0));
        using var later = await s.Host.OperatorClientAsync(userId, company);
        var secondPdf = TestPdfs.OnePage("Seconda risposta");
        var second = await UploadAsync(later, company, "answer", "seconda.pdf", secondPdf, [letter]);
        Assert.Equal("accepted", second.GetProperty("status").GetString());
        Assert.Equal("assente", (await LetterAsync(later, company, letter)).GetProperty("completeness").GetString());

        // The first file finally arrives and is processed after the second.
        slowBody.Open();
        await receiving;
        var processed = await WaitAsync(later, company, first.UploadId);

        Assert.Equal("accepted", processed.GetProperty("status").GetString());
        Assert.StartsWith(lastDay.ToString("yyyy-MM-dd") + "T17:00", processed.GetProperty("uploadedAt").GetString());
        var answered = await LetterAsync(later, company, letter);
        Assert.Equal(JsonValueKind.Null, answered.GetProperty("completeness").ValueKind); // judged on the first arrival
        // The one shown is the latest received, the further answer: the second, not the first processed last.
        Assert.Equal(second.GetProperty("uploadedAt").GetString(), answered.GetProperty("answeredAt").GetString());
        using var pdf = await later.GetAsync($"/api/companies/{company}/letters/{letter}/answer/pdf");
        Assert.Equal(secondPdf, await pdf.Content.ReadAsByteArrayAsync());
        Assert.Empty(await FailedAsync(later, company));
    }
}
