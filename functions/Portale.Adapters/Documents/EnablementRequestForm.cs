namespace Portale.Adapters.Documents;

/// <summary>
/// The "modulo di richiesta abilitazione/disabilitazione referenti" (manual 6.10): a one-page PDF form the
/// company fills in a PDF reader, signs (a signature field for a digital signature) and sends to the Sportello.
/// The registration comes first (FAQ 11.2): the form names the referent by the username of the Portale.
/// </summary>
public static class EnablementRequestForm
{
    public const string Title = "Modulo di richiesta abilitazione/disabilitazione referenti";

    private const double Size = 10;
    private const double FieldHeight = 18;

    /// <summary>The text fields, in the order they are drawn: name for programs, label for people.</summary>
    public static readonly IReadOnlyList<(string Name, string Label)> CompanyFields =
    [
        ("ragione_sociale", "Ragione sociale dell'Operatore/Gestore"),
        ("partita_iva", "Partita IVA"),
        ("pec", "Indirizzo PEC dell'Operatore/Gestore"),
    ];

    public static readonly IReadOnlyList<(string Name, string Label)> ReferentFields =
    [
        ("referente_nome", "Nome del referente"),
        ("referente_cognome", "Cognome del referente"),
        ("referente_codice_fiscale", "Codice Fiscale del referente"),
        ("referente_username", "Username del referente sul Portale Operatori-Gestori"),
        ("referente_email", "Email del referente"),
    ];

    public static readonly IReadOnlyList<(string Name, string Label)> RequestKinds =
    [
        ("richiesta_abilitazione", "Abilitazione del referente"),
        ("richiesta_disabilitazione", "Disabilitazione del referente"),
    ];

    public static readonly IReadOnlyList<(string Name, string Label)> SignerFields =
    [
        ("dichiarante", "Nome e cognome del legale rappresentante o del delegato"),
        ("luogo_data", "Luogo e data"),
    ];

    public const string SignatureField = "firma";

    public static byte[] Write()
    {
        var pdf = new PdfTextWriter();
        var fields = new List<PdfFormField>();
        void Text(IEnumerable<(string Name, string Label)> group)
        {
            foreach (var (name, label) in group)
            {
                pdf.Line(label, Size - 1);
                fields.Add(new PdfFormField(name, label, PdfFieldKind.Text, pdf.Box(FieldHeight)));
                pdf.Space(6);
            }
        }

        pdf.Line("Portale Operatori-Gestori — Sportello per il consumatore Energia e Ambiente", 9);
        pdf.Space(6);
        pdf.Line(Title, 15, strong: true);
        pdf.Space(4);
        pdf.Line(
            "Il modulo si compila in un lettore PDF (i campi sono modificabili), si firma digitalmente nel campo " +
            "Firma e si invia all'Help Desk del Portale, HD_PORTALE@acquirenteunico.it, dall'indirizzo PEC " +
            "dell'Operatore/Gestore. Il referente deve essere già registrato al Portale: la registrazione è sempre " +
            "della persona fisica (FAQ 11.2).", Size);
        pdf.Space(10);
        pdf.Line("1. Operatore/Gestore", 12, strong: true);
        pdf.Space(4);
        Text(CompanyFields);
        pdf.Line("2. Richiesta (barrare una sola casella)", 12, strong: true);
        pdf.Space(4);
        foreach (var (name, label) in RequestKinds)
        {
            fields.Add(new PdfFormField(name, label, PdfFieldKind.CheckBox, pdf.CheckRow(label, Size)));
        }
        pdf.Space(8);
        pdf.Line("3. Referente", 12, strong: true);
        pdf.Space(4);
        Text(ReferentFields);
        pdf.Line("4. Dichiarante", 12, strong: true);
        pdf.Space(4);
        Text(SignerFields);
        pdf.Line("Firma digitale del legale rappresentante o del delegato", Size - 1);
        fields.Add(new PdfFormField(SignatureField, "Firma", PdfFieldKind.Signature, pdf.Box(FieldHeight * 2.5)));
        pdf.Space(8);
        pdf.Line(
            "I dati sono trattati per abilitare o disabilitare il referente secondo l'Informativa Privacy del " +
            "Portale (art. 13 del Regolamento UE 2016/679).", Size - 1);
        return PdfFormFields.Add(pdf.Build(), fields);
    }
}
