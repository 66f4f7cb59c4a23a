using Portale.Adapters.Documents;
using Portale.Core.Companies;
using Portale.Core.Accounts.Enablements;
using Portale.Core.Identity;
using Portale.Core.Letters;
using Portale.Core.Publication;
using Portale.Core.Uploads;

namespace Portale.LocalHost.Demo;

/// <summary>
/// Demo companies and letters in every section: the demo operator acts for two companies and a
/// third one exists that they must never see. Staged through the real validation, published as
/// the nightly loading does, some downloaded so sections 2 and 3 are not empty, and some answered
/// through the real upload intake and processing, so the archive (section 5) is not empty either.
/// </summary>
public sealed class DemoLetters(
    CompanyRegistry companies,
    EnablementRecords enablements,
    LetterStaging staging,
    IStagedLetters staged,
    ILetterStore letters,
    LetterDownloads downloads,
    UploadIntake uploadIntake,
    UploadProcessor uploadProcessor,
    TimeProvider clock,
    ILogger<DemoLetters> logger)
{
    public const string Energy = "energia-demo";
    public const string Water = "acqua-demo";
    public const string Other = "altra-societa";

    private static readonly DemoLetter[] All =
    [
        new(1, Energy, [], "elettrico", 20, 0, "Rossi Maria", "Via Roma 1, Milano", Download: false),
        new(2, Energy, [Water], "dual-fuel", 15, 0, "Bianchi Luca", "Corso Italia 12, Torino", Download: false),
        new(3, Energy, [], "gas", 3, 0, "Verdi Anna", "Via Garibaldi 3, Napoli", Download: false),
        new(4, Water, [Energy], "idrico", 20, 0, "Neri Paolo", "Piazza Duomo 2, Firenze", Download: false),
        new(5, Energy, [], "elettrico", 20, 6, "Gallo Sara", "Via Verdi 8, Bologna", Download: true),
        new(6, Energy, [], "gas", 10, 12, "Costa Marco", "Via Dante 21, Bari", Download: true),
        new(7, Energy, [], "elettrico", 20, 35, "Fontana Giulia", "Viale Europa 5, Roma", Download: true),
        new(8, Water, [Energy], "idrico", 20, 4, "Ricci Elena", "Via Mazzini 40, Genova", Download: true),
        new(9, Other, [], "elettrico", 20, 0, "Moretti Luigi", "Via Cavour 9, Palermo", Download: false),
        new(10, Energy, [], "gas", 20, 9, "Marino Chiara", "Via Manzoni 14, Verona", Download: true),
        new(11, Energy, [], "elettrico", 20, 14, "Greco Davide", "Corso Vittorio Emanuele 7, Cagliari", Download: true),
    ];

    /// <summary>Downloaded, then answered by the demo operator: "Archivio lettere con risposta" of Energy.</summary>
    private static readonly string[] Answered = ["L-P-26-9000010_01.PDF", "L-P-26-9000011_01.PDF"];

    public async Task SeedAsync(string demoUserId, CancellationToken cancellationToken)
    {
        if (await staged.IsKnownAsync(All[0].Name, cancellationToken))
        {
            return;
        }
        await companies.SaveAsync(
            Energy, "Energia Demo S.p.A.", "12345678903", "energia-demo@pec.example.it", ["energy"], cancellationToken);
        await companies.SaveAsync(
            Water, "Acqua Demo S.r.l.", "01234567897", "acqua-demo@pec.example.it", ["water"], cancellationToken);
        await companies.SaveAsync(
            Other, "Altra Società S.p.A.", "11111111115", "altra@pec.example.it", ["energy"], cancellationToken);
        foreach (var company in new[] { Energy, Water })
        {
            // Enabled as the back office does, on a signed modulo, so the demo company lists its referent.
            var modulo = PdfTextWriter.Lines("Modulo di abilitazione (dimostrazione)", $"Società: {company}");
            await enablements.RecordAsync(company, demoUserId, EnablementAction.Enable,
                new ModuloForm("modulo-abilitazione-demo.pdf", modulo, null), "demo", cancellationToken);
        }

        var today = RomeTime.Today(clock);
        foreach (var group in All.GroupBy(l => l.DaysAgo))
        {
            var batch = new List<StagedLetter>();
            foreach (var demo in group)
            {
                batch.Add(await staging.StageAsync(demo.Name, Pdf(demo), Request(demo), "demo", cancellationToken));
            }
            var publishedAt = RomeTime.At(today.AddDays(-group.Key), new TimeOnly(1, 0));
            await letters.PublishAsync(batch.SelectMany(s => s.ForRecipients(publishedAt)).ToList(), cancellationToken);
            await staged.MarkPublishedAsync(batch, publishedAt, cancellationToken);
        }
        var user = new OperatorPrincipal(demoUserId, demoUserId, "demo-seed");
        foreach (var company in new[] { Energy, Water })
        {
            var names = All
                .Where(l => l.Download && (l.To == company || l.Cc.Contains(company)))
                .Select(l => l.Name)
                .ToList();
            await downloads.RecordAsync(company, names, user, cancellationToken);
        }
        foreach (var name in Answered)
        {
            await AnswerAsync(All.Single(l => l.Name == name), user, cancellationToken);
        }
        logger.LogInformation("Demo letters published for {Energy} and {Water}", Energy, Water);
    }

    /// <summary>
    /// A single answer as the web app sends it: intake (checks, pending record, file), then the processing the
    /// blob trigger runs.
    /// </summary>
    private async Task AnswerAsync(DemoLetter demo, OperatorPrincipal user, CancellationToken cancellationToken)
    {
        var form = new UploadForm("answer", [demo.Name], null, "risposta.pdf");
        var record = await uploadIntake.CheckAsync(demo.To, form, user, cancellationToken);
        var pdf = PdfTextWriter.Lines(
            $"{demo.To}: risposta alla lettera {demo.Name}",
            $"Cliente: {demo.Customer} - {demo.Address}",
            "Risposta alla richiesta di informazioni dello Sportello (documento dimostrativo).");
        using (var file = new MemoryStream(pdf))
        {
            await uploadIntake.ReceiveAsync(record, file, cancellationToken);
        }
        await uploadProcessor.ProcessAsync(demo.To, record.UploadId, cancellationToken);
    }

    private static byte[] Pdf(DemoLetter demo) => PdfTextWriter.Lines(
        "Sportello per il consumatore Energia e Ambiente",
        $"Lettera {demo.Name}",
        $"Cliente: {demo.Customer} - {demo.Address}",
        "Richiesta di informazioni sul reclamo del cliente (documento dimostrativo).");

    private static StagingRequest Request(DemoLetter demo) => new(
        demo.To,
        demo.Cc,
        $"{9000000 + demo.Number % 1000}",
        "RECLAMI EX DEL 286 14_3 GG",
        demo.ServiceType == "idrico" ? "CODICE UTENZA 000123" : "POD:IT001E00012345",
        demo.ServiceType,
        "FATTURAZIONE",
        "DOPPIA FATTURAZIONE",
        demo.Customer,
        demo.Address,
        demo.Term,
        false,
        demo.ServiceType == "idrico" ? "water" : "energy");

    /// <param name="Number">The letter is L-P-26-(9000000 + number)_01.PDF.</param>
    private sealed record DemoLetter(
        int Number, string To, string[] Cc, string ServiceType, int Term, int DaysAgo, string Customer, string Address,
        bool Download)
    {
        public string Name => $"L-P-26-{9000000 + Number}_01.PDF";
    }
}
