using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Storage;
using Portale.Core.Uploads;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Uploads;

[Collection(AzuriteCollection.Name)]
public sealed class CommunicationUploadTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Communications_and_TIRV_rejections_are_checked_up_front_stored_and_listed()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 10, 6));
        await s.Host.SetClockAsync(LetterScenario.At(s.Day, 9, 0));
        var company = await s.CompanyAsync("com");
        var userId = $"u-{Guid.NewGuid():N}"[..30];
        using var user = await s.Host.OperatorClientAsync(userId, company);

        await AssertFieldRefusedAsync(await PostAsync(user, company, "communication", "c.pdf", TestPdfs.OnePage(), label: new string('e', 17)),
            "label", UploadMessages.LabelTooLong);
        await AssertFieldRefusedAsync(await PostAsync(user, company, "tirv-rejection", "RIGETTO_TIRV_troppo_lungo.pdf", TestPdfs.OnePage()),
            "file", UploadMessages.TirvRejectionNameInvalid);
        await AssertFieldRefusedAsync(await PostAsync(user, company, "risposta", "c.pdf", TestPdfs.OnePage()), "kind", UploadMessages.UnknownKind("risposta"));

        var pdf = TestPdfs.OnePage("Comunicazione");
        var sent = await UploadAsync(user, company, "communication", "comunicazione.pdf", pdf, label: new string('è', 16));
        Assert.Equal("accepted", sent.GetProperty("status").GetString());
        var tirv = await UploadAsync(user, company, "tirv-rejection", "RIGETTO_TIRV 01.pdf", TestPdfs.OnePage("Rigetto"));
        Assert.Equal("accepted", tirv.GetProperty("status").GetString());
        var notPdf = await UploadAsync(user, company, "communication", "nota.pdf", "testo"u8.ToArray(), label: "Nota");
        Assert.Equal("Il formato del file 'nota.pdf' non è valido", Reason(notPdf));

        var list = (await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/communications")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        Assert.Equal("RIGETTO_TIRV 01.pdf", list[0].GetProperty("file").GetString());
        Assert.Equal("tirv-rejection", list[0].GetProperty("kind").GetString());
        Assert.Equal(new string('è', 16), list[1].GetProperty("label").GetString());
        Assert.Equal(userId, list[1].GetProperty("user").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), list[1].GetProperty("hash").GetString());
        // Refused at once or by the processing, each file is an invio fallito, newest first (manual 6.7).
        var failed = await FailedAsync(user, company);
        Assert.Equal(
            [("nota.pdf", "Il formato del file 'nota.pdf' non è valido"), ("c.pdf", UploadMessages.UnknownKind("risposta")),
                ("RIGETTO_TIRV_troppo_lungo.pdf", UploadMessages.TirvRejectionNameInvalid), ("c.pdf", UploadMessages.LabelTooLong)],
            failed.Select(f => (f.GetProperty("file").GetString(), f.GetProperty("reason").GetString())));
        Assert.All(failed, f => Assert.Equal(userId, f.GetProperty("user").GetString()));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413_while_streaming_and_nothing_is_stored()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 10, 13));
        await s.Host.SetClockAsync(LetterScenario.At(s.Day, 9, 0));
        var company = await s.CompanyAsync("big");
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);

        var tooBig = new byte[UploadLimits.TirvRejectionMaxBytes + 1];
        using var response = await PostAsync(user, company, "tirv-rejection", "RIGETTO_TIRV.pdf", tooBig);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("file-too-large", problem.GetProperty("code").GetString());
        Assert.Equal(UploadMessages.TooLarge("RIGETTO_TIRV.pdf", UploadLimits.TirvRejectionMaxBytes), problem.GetProperty("title").GetString());
        var clients = s.Host.Services.GetRequiredService<StorageClients>();
        var blobs = new List<string>();
        await foreach (var blob in clients.Container(StorageNames.IncomingContainer).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, company + "/", CancellationToken.None))
        {
            blobs.Add(blob.Name);
        }
        Assert.Empty(blobs);
        var rows = new List<string>();
        await foreach (var row in clients.Table(StorageNames.UploadsTable).QueryAsync<Azure.Data.Tables.TableEntity>($"PartitionKey eq '{company}'"))
        {
            rows.Add(row.RowKey);
        }
        Assert.Empty(rows);
        // Only its invio fallito remains, with the reason the operator was given.
        var failed = Assert.Single(await FailedAsync(user, company));
        Assert.Equal(("RIGETTO_TIRV.pdf", UploadMessages.TooLarge("RIGETTO_TIRV.pdf", UploadLimits.TirvRejectionMaxBytes)),
            (failed.GetProperty("file").GetString(), failed.GetProperty("reason").GetString()));

        // Exactly at the limit is fine (and then refused later as not a PDF).
        var atLimit = await UploadAsync(user, company, "tirv-rejection", "RIGETTO_TIRV.pdf", new byte[UploadLimits.TirvRejectionMaxBytes]);
        Assert.Equal("Il formato del file 'RIGETTO_TIRV.pdf' non è valido", Reason(atLimit));
    }

    private static async Task AssertFieldRefusedAsync(HttpResponseMessage response, string field, string message)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, body);
            Assert.Equal(message, JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty(field)[0].GetString());
        }
    }
}
