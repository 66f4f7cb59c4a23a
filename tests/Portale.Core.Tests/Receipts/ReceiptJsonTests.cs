using System.Text;
using Portale.Core.Receipts;

namespace Portale.Core.Tests.Receipts;

/// <summary>The canonical form: one byte sequence per receipt, every member in its place, read back whole.</summary>
public sealed class ReceiptJsonTests
{
    private static readonly Receipt Answer = new(
        "0000_abc_a_L-P-25-0000001_01.PDF", ReceiptKind.Answer, "C001", "Energia di Prova S.p.A.",
        "L-P-25-0000001_01.PDF", "R-P-25-0000001_01.PDF", new string('a', 64),
        DateTimeOffset.Parse("2026-03-10T10:00:00.1234567Z"), new DateOnly(2026, 3, 9), "Data Risposta attribuita…",
        "0123456789abcdef0123456789abcdef", "mario.rossi", DateTimeOffset.Parse("2026-03-10T10:00:05Z"), null, null);

    [Fact]
    public void The_canonical_form_is_compact_ordered_and_in_Rome_time()
    {
        var json = Encoding.UTF8.GetString(ReceiptJson.Canonical(Answer));
        Assert.Equal(
            "{\"v\":1,\"receiptId\":\"0000_abc_a_L-P-25-0000001_01.PDF\",\"kind\":\"answer\"," +
            "\"company\":{\"id\":\"C001\",\"name\":\"Energia di Prova S.p.A.\"},\"letter\":\"L-P-25-0000001_01.PDF\"," +
            "\"file\":\"R-P-25-0000001_01.PDF\",\"sha256\":\"" + new string('a', 64) + "\"," +
            "\"receivedAt\":\"2026-03-10T11:00:00.1234567+01:00\",\"answeredOn\":\"2026-03-09\"," +
            "\"backdating\":\"Data Risposta attribuita…\",\"uploadId\":\"0123456789abcdef0123456789abcdef\"," +
            "\"user\":\"mario.rossi\",\"issuedAt\":\"2026-03-10T11:00:05.0000000+01:00\",\"refusal\":null}",
            json);
    }

    [Fact]
    public void The_same_receipt_gives_the_same_bytes_and_reads_back_equal()
    {
        Assert.Equal(ReceiptJson.Canonical(Answer), ReceiptJson.Canonical(Answer with { }));
        var back = ReceiptJson.Parse(ReceiptJson.Canonical(Answer));
        Assert.Equal(Answer with { ReceivedAt = back.ReceivedAt, IssuedAt = back.IssuedAt }, back);
        Assert.Equal(Answer.ReceivedAt, back.ReceivedAt);
        Assert.Equal(Answer.IssuedAt, back.IssuedAt);
    }

    [Fact]
    public void A_refusal_carries_its_code_and_message_and_no_hash()
    {
        var refusal = Answer with
        {
            Kind = ReceiptKind.Refusal, Sha256 = null, AnsweredOn = null, Backdating = null,
            RefusalCode = "file-format-invalid", RefusalReason = "Il formato del file 'x.pdf' non è valido",
        };
        var json = Encoding.UTF8.GetString(ReceiptJson.Canonical(refusal));
        Assert.Contains("\"kind\":\"refusal\"", json);
        Assert.Contains("\"sha256\":null", json);
        Assert.Contains("\"refusal\":{\"code\":\"file-format-invalid\",\"message\":\"Il formato del file", json);
        Assert.Equal(refusal.RefusalReason, ReceiptJson.Parse(ReceiptJson.Canonical(refusal)).RefusalReason);
    }
}
