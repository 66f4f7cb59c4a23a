using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portale.Core.Receipts;

/// <summary>
/// The canonical form of a receipt, the bytes the JWS signs: UTF-8 JSON without spaces, only the escapes JSON requires, every member always
/// present (null when it does not apply) and always in this order, times in Rome time with their offset to
/// the tenth of a microsecond. The same receipt always gives the same bytes.
/// </summary>
public static class ReceiptJson
{
    public const int Version = 1;

    // Only what JSON requires is escaped (quotes, backslash, controls): the bytes are signed, not put in a page.
    private static readonly JsonWriterOptions Compact = new()
    {
        Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Canonical(Receipt r)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            json.WriteString("receiptId", r.ReceiptId);
            json.WriteString("kind", Name(r.Kind));
            json.WriteStartObject("company");
            json.WriteString("id", r.CompanyId);
            json.WriteString("name", r.CompanyName);
            json.WriteEndObject();
            Nullable(json, "letter", r.Letter);
            json.WriteString("file", r.File);
            Nullable(json, "sha256", r.Sha256);
            json.WriteString("receivedAt", Time(r.ReceivedAt));
            Nullable(json, "answeredOn", r.AnsweredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Nullable(json, "backdating", r.Backdating);
            json.WriteString("uploadId", r.UploadId);
            json.WriteString("user", r.User);
            json.WriteString("issuedAt", Time(r.IssuedAt));
            if (r.RefusalCode is null)
            {
                json.WriteNull("refusal");
            }
            else
            {
                json.WriteStartObject("refusal");
                json.WriteString("code", r.RefusalCode);
                json.WriteString("message", r.RefusalReason);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Reads back what <see cref="Canonical"/> wrote.</summary>
    public static Receipt Parse(ReadOnlySpan<byte> payload)
    {
        using var document = JsonDocument.Parse(payload.ToArray());
        var root = document.RootElement;
        var company = root.GetProperty("company");
        var refusal = root.GetProperty("refusal");
        var answeredOn = Text(root, "answeredOn");
        return new Receipt(
            Text(root, "receiptId")!, KindOf(Text(root, "kind")), Text(company, "id")!, Text(company, "name")!,
            Text(root, "letter"), Text(root, "file")!, Text(root, "sha256"),
            DateTimeOffset.Parse(Text(root, "receivedAt")!, CultureInfo.InvariantCulture),
            answeredOn is null ? null : DateOnly.ParseExact(answeredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Text(root, "backdating"), Text(root, "uploadId")!, Text(root, "user")!,
            DateTimeOffset.Parse(Text(root, "issuedAt")!, CultureInfo.InvariantCulture),
            refusal.ValueKind == JsonValueKind.Null ? null : Text(refusal, "code"),
            refusal.ValueKind == JsonValueKind.Null ? null : Text(refusal, "message"));
    }

    public static string Name(ReceiptKind kind) => kind switch
    {
        ReceiptKind.Answer => "answer",
        ReceiptKind.Communication => "communication",
        ReceiptKind.TirvRejection => "tirv-rejection",
        ReceiptKind.Refusal => "refusal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static ReceiptKind KindOf(string? name) =>
        Enum.GetValues<ReceiptKind>().Single(k => Name(k) == name);

    private static string Time(DateTimeOffset at) =>
        RomeTime.ToRome(at).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
