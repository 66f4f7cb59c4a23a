using System.Diagnostics;
using System.Text.Json.Nodes;
using Portale.Core.Receipts;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Receipts;

/// <summary>
/// The offline check companies are told to use (scripts/verify-receipt.mjs, docs/receipts.md) run by node on a
/// real receipt and the saved JWKS: it exits 0 and prints the payload; with one byte of the payload changed it
/// exits 1 and says why.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReceiptScriptTests(AzuriteProcess azurite)
{
    private static readonly string Script = Path.Combine(RepositoryRoot.Path, "scripts", "verify-receipt.mjs");

    [Fact]
    public async Task The_verify_script_accepts_a_real_receipt_and_refuses_it_with_one_byte_changed()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 9, 14));
        var company = await s.CompanyAsync("vrs");
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        using var anonymous = s.Host.AnonymousClient();
        var sent = await UploadAsync(user, company, "communication", "nota.pdf", TestPdfs.OnePage("n"), [], "NOTA");
        Assert.Equal("accepted", sent.GetProperty("status").GetString());
        var receiptId = (await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/communications"))
            .GetProperty("items")[0].GetProperty("receiptId").GetString();
        var receipt = await user.GetStringAsync($"/api/companies/{company}/receipts/{receiptId}");
        var folder = Directory.CreateTempSubdirectory("receipt-script-");
        try
        {
            var jwks = Path.Combine(folder.FullName, "jwks.json");
            await File.WriteAllTextAsync(jwks, await anonymous.GetStringAsync("/api/.well-known/jwks.json"));
            var original = Path.Combine(folder.FullName, "ricevuta.json");
            await File.WriteAllTextAsync(original, receipt);

            var valid = await RunAsync(original, jwks);
            Assert.True(valid.Code == 0, valid.Error);
            Assert.Contains("Ricevuta valida", valid.Output);
            Assert.Contains(receiptId!, valid.Output);

            var changed = Path.Combine(folder.FullName, "ricevuta-alterata.json");
            await File.WriteAllTextAsync(changed, OneByteChanged(receipt));
            var refused = await RunAsync(changed, jwks);
            Assert.Equal(1, refused.Code);
            Assert.Contains("Ricevuta NON valida: la firma non corrisponde al contenuto.", refused.Error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The receipt's JSON with one byte of its signed payload flipped, the JWS otherwise intact.</summary>
    private static string OneByteChanged(string receipt)
    {
        var json = JsonNode.Parse(receipt)!.AsObject();
        var parts = json["jws"]!.GetValue<string>().Split('.');
        var payload = CompactJws.Payload(string.Join('.', parts));
        payload[payload.Length / 2] ^= 0x01;
        json["jws"] = $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(payload)}.{parts[2]}";
        return json.ToJsonString();
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string receipt, string jwks)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { Script, receipt, jwks },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
