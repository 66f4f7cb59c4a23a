namespace Portale.Core.Receipts;

/// <summary>The facts of a receipt as people read them (the PDF), label and value, in Italian.</summary>
public static class ReceiptLines
{
    public static string Title(Receipt r) => r.Kind switch
    {
        ReceiptKind.Answer => "Ricevuta di consegna della risposta",
        ReceiptKind.Communication => "Ricevuta di consegna della comunicazione libera",
        ReceiptKind.TirvRejection => "Ricevuta di consegna del rigetto TIRV",
        _ => "Ricevuta di invio fallito",
    };

    public static IReadOnlyList<(string Label, string Value)> Of(Receipt r)
    {
        var lines = new List<(string, string)>
        {
            ("Ricevuta", r.ReceiptId),
            ("Società", $"{r.CompanyName} ({r.CompanyId})"),
        };
        if (r.Letter is { } letter)
        {
            lines.Add(("Lettera", letter));
        }
        lines.Add(("File", r.File));
        if (r.Sha256 is { } hash)
        {
            lines.Add(("SHA-256", hash));
        }
        lines.Add(("Data di arrivo", Time(r.ReceivedAt)));
        if (r.AnsweredOn is { } on)
        {
            lines.Add(("Data Risposta", on.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
        }
        if (r.Backdating is { } backdating)
        {
            lines.Add(("Retrodatazione", backdating));
        }
        lines.Add(("Caricamento", r.UploadId));
        lines.Add(("Utente", r.User));
        if (r.RefusalCode is { } code)
        {
            lines.Add(("Motivo Errore", $"{r.RefusalReason} ({code})"));
        }
        lines.Add(("Emessa il", Time(r.IssuedAt)));
        return lines;
    }

    public const string HowToVerify =
        "La ricevuta firmata (JWS compatto, ES256) è riportata qui sotto: la si verifica con le chiavi pubbliche " +
        "pubblicate dal Portale in /api/.well-known/jwks.json, per esempio con scripts/verify-receipt.mjs.";

    private static string Time(DateTimeOffset at) =>
        RomeTime.ToRome(at).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " (ora italiana)";
}
