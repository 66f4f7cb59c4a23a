using Microsoft.Extensions.Time.Testing;
using Portale.Core.Companies;
using Portale.Core.Documents;
using Portale.Core.Letters;
using Portale.Core.Publication;
using Portale.Core.Refusals;
using Portale.Core.Reminders;
using Portale.Core.Tests.Uploads.Fakes;

namespace Portale.Core.Tests.Publication;

/// <summary>
/// The checks and the storage a staged PDF goes through (<see cref="PdfStaging"/>), and the letters'
/// and solleciti's stagings going through it, each with its own kind of name.
/// </summary>
public class PdfStagingTests
{
    private const string LetterName = "L-P-26-0000001_01.PDF";
    private const string ReminderName = "S-P-26-0000001_01.PDF";

    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-03-10T10:00:00Z"));
    private readonly InMemoryStagedLetters stagedLetters = new();
    private readonly InMemoryStagedReminders stagedReminders = new();
    private readonly InMemoryLetterStore letters = new(new Faults());
    private readonly InMemoryDocuments documents = new(new Faults());

    private PdfStaging Staging => new(documents, new PrefixPdfInspector());

    private LetterStaging Letters => new(
        new DailyReports.Companies(new Company("acme", "Acme", "12345678903", "acme@pec.example.it", [Sector.Energy])),
        stagedLetters, documents, new PrefixPdfInspector(), clock);

    private ReminderStaging Reminders => new(stagedLetters, letters, stagedReminders, documents, new PrefixPdfInspector(), clock);

    public static StagedLetter Letter(string name) => new(name, "acme", [], Fields, "h", DateTimeOffset.UnixEpoch, "bo");

    [Fact]
    public async Task A_letter_is_stored_under_its_hash_and_staged()
    {
        var pdf = UploadHarness.Pdf("lettera");

        var letter = await Letters.StageAsync("l-p-26-0000001_01.pdf", pdf, Request(), "bo", CancellationToken.None);

        Assert.Equal(LetterName, letter.Name);
        Assert.Equal(DocumentHash.Of(pdf), letter.Hash);
        Assert.Equal(pdf, documents.Blobs[$"letters/{LetterName}/{letter.Hash}"]);
        Assert.Same(letter, stagedLetters.Pending[LetterName]);
    }

    [Fact]
    public async Task A_letter_file_named_as_a_sollecito_is_refused_and_nothing_is_written()
    {
        var ex = await Assert.ThrowsAsync<RefusalException>(() =>
            Letters.StageAsync(ReminderName, UploadHarness.Pdf("x"), Request(), "bo", CancellationToken.None));

        Assert.Equal([$"Il nome del file '{ReminderName}' non è valido: deve essere nella forma L-P-AA-NNNNNNN_NN.PDF."],
            ex.Errors!["file"]);
        Assert.Empty(documents.Blobs);
        Assert.Empty(stagedLetters.Pending);
    }

    [Fact]
    public async Task A_letter_name_taken_by_a_concurrent_staging_is_refused()
    {
        stagedLetters.TakenMeanwhile = LetterName;

        var ex = await Assert.ThrowsAsync<RefusalException>(() =>
            Letters.StageAsync(LetterName, UploadHarness.Pdf("x"), Request(), "bo", CancellationToken.None));

        Assert.Equal("letter-exists", ex.Code);
        Assert.Empty(stagedLetters.Pending);
    }

    [Fact]
    public async Task A_sollecito_is_stored_under_its_hash_and_staged_for_its_letter_TO_company()
    {
        PublishLetter();
        var pdf = UploadHarness.Pdf("sollecito");

        var reminder = await Reminders.StageAsync(ReminderName, pdf, new ReminderStagingRequest(LetterName), "bo", CancellationToken.None);

        Assert.Equal(("acme", LetterName, DocumentHash.Of(pdf)), (reminder.To, reminder.LetterName, reminder.Hash));
        Assert.Equal(pdf, documents.Blobs[$"reminders/{ReminderName}/{reminder.Hash}"]);
        Assert.Same(reminder, stagedReminders.Pending[ReminderName]);
    }

    [Fact]
    public async Task A_sollecito_file_named_as_a_letter_is_refused_and_nothing_is_written()
    {
        PublishLetter();

        var ex = await Assert.ThrowsAsync<RefusalException>(() =>
            Reminders.StageAsync(LetterName, UploadHarness.Pdf("x"), new ReminderStagingRequest(LetterName), "bo", CancellationToken.None));

        Assert.Equal([$"Il nome del file '{LetterName}' non è valido: deve essere nella forma S-P-AA-NNNNNNN_NN.PDF."],
            ex.Errors!["file"]);
        Assert.Empty(documents.Blobs);
    }

    [Fact]
    public async Task A_sollecito_already_staged_is_refused_before_its_letter_is_looked_at()
    {
        stagedReminders.Pending[ReminderName] = new StagedReminder(ReminderName, LetterName, "acme", "h", clock.GetUtcNow(), "bo");

        var ex = await Assert.ThrowsAsync<RefusalException>(() =>
            Reminders.StageAsync(ReminderName, UploadHarness.Pdf("x"), new ReminderStagingRequest(LetterName), "bo", CancellationToken.None));

        Assert.Equal(("reminder-exists", "Il sollecito S-P-26-0000001_01.PDF è già stato caricato."), (ex.Code, ex.Message));
        Assert.Empty(documents.Blobs);
    }

    [Fact]
    public async Task A_sollecito_name_taken_by_a_concurrent_staging_is_refused()
    {
        PublishLetter();
        stagedReminders.TakenMeanwhile = ReminderName;

        var ex = await Assert.ThrowsAsync<RefusalException>(() =>
            Reminders.StageAsync(ReminderName, UploadHarness.Pdf("x"), new ReminderStagingRequest(LetterName), "bo", CancellationToken.None));

        Assert.Equal("reminder-exists", ex.Code);
    }

    private static readonly LetterFields Fields =
        new("1", "RECLAMI", "POD", ServiceType.Gas, "T", "S", "C", "A", 20, false, Sector.Energy);

    private static StagingRequest Request() =>
        new("acme", [], "1", "RECLAMI", "POD", "gas", "T", "S", "C", "A", 20, false, "energy");

    private void PublishLetter()
    {
        stagedLetters.Published[LetterName] = Letter(LetterName);
        letters.Put(new Letter("acme", LetterName, Recipient.To, clock.GetUtcNow().AddDays(-40), Fields, "h"));
    }

    [Theory]
    [InlineData(DocumentKind.Letter, "l-p-26-0000001_01.pdf", "L-P-26-0000001_01.PDF")]
    [InlineData(DocumentKind.Reminder, "s-P-26-0000001_001.Pdf", "S-P-26-0000001_001.PDF")]
    public async Task A_well_named_PDF_passes_with_its_canonical_name(DocumentKind kind, string file, string canonical)
    {
        var errors = new ValidationErrors();

        var name = await Staging.CheckFileAsync(kind, file, UploadHarness.Pdf("x"), errors, CancellationToken.None);

        Assert.Equal(canonical, name);
        Assert.True(errors.IsEmpty);
    }

    [Theory]
    [InlineData(DocumentKind.Letter, "Allegare il PDF della lettera nel campo 'file'.")]
    [InlineData(DocumentKind.Reminder, "Allegare il PDF del sollecito nel campo 'file'.")]
    public async Task A_missing_file_is_asked_for_by_its_kind(DocumentKind kind, string message)
    {
        Assert.Equal([message], await FileErrorsAsync(kind, null, null));
        Assert.Equal([message], await FileErrorsAsync(kind, "L-P-26-0000001_01.PDF", null));
    }

    [Theory]
    [InlineData(DocumentKind.Letter, "S-P-26-0000001_01.PDF", 'L')]
    [InlineData(DocumentKind.Letter, "lettera.pdf", 'L')]
    [InlineData(DocumentKind.Reminder, "L-P-26-0000001_01.PDF", 'S')]
    [InlineData(DocumentKind.Reminder, "R-P-26-0000001_01.PDF", 'S')]
    public async Task A_name_of_another_kind_or_form_is_refused_with_the_expected_form(DocumentKind kind, string file, char prefix)
    {
        var errors = await FileErrorsAsync(kind, file, UploadHarness.Pdf("x"));

        Assert.Equal([$"Il nome del file '{file}' non è valido: deve essere nella forma {prefix}-P-AA-NNNNNNN_NN.PDF."], errors);
    }

    [Theory]
    [InlineData(DocumentKind.Letter)]
    [InlineData(DocumentKind.Reminder)]
    public async Task Over_15_MB_is_refused_without_opening_it(DocumentKind kind)
    {
        var name = kind == DocumentKind.Letter ? "L-P-26-0000001_01.PDF" : "S-P-26-0000001_01.PDF";

        Assert.Equal(["Il file supera la dimensione massima di 15 MB."],
            await FileErrorsAsync(kind, name, new byte[PdfStaging.MaxFileBytes + 1]));
        Assert.Empty(await FileErrorsAsync(kind, name, UploadHarness.Pdf(new string('x', PdfStaging.MaxFileBytes - 9))));
    }

    [Theory]
    [InlineData(DocumentKind.Letter)]
    [InlineData(DocumentKind.Reminder)]
    public async Task A_file_that_is_not_a_PDF_is_refused_and_every_problem_is_listed(DocumentKind kind)
    {
        var errors = await FileErrorsAsync(kind, "documento.docx", "PK word"u8.ToArray());

        Assert.Equal(2, errors.Count);
        Assert.Equal("Il formato del file 'documento.docx' non è valido", errors[1]);
    }

    [Fact]
    public async Task Answers_are_not_staged()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Staging.CheckFileAsync(DocumentKind.Answer, "R-P-26-0000001_01.PDF", UploadHarness.Pdf("x"), new ValidationErrors(),
                CancellationToken.None));
    }

    [Theory]
    [InlineData(DocumentKind.Letter, "L-P-26-0000001_01.PDF", "letters/L-P-26-0000001_01.PDF/")]
    [InlineData(DocumentKind.Reminder, "S-P-26-0000001_01.PDF", "reminders/S-P-26-0000001_01.PDF/")]
    public async Task The_PDF_is_stored_under_its_name_and_hash(DocumentKind kind, string name, string folder)
    {
        var pdf = UploadHarness.Pdf("contenuto");

        var hash = await Staging.StoreAsync(kind, name, pdf, CancellationToken.None);

        Assert.Equal(DocumentHash.Of(pdf), hash);
        Assert.Equal(pdf, documents.Blobs[folder + hash]);
    }

    [Fact]
    public async Task A_name_already_staged_or_published_is_refused_before_anything_is_written()
    {
        var staged = new InMemoryStagedLetters();
        staged.Published["L-P-26-0000001_01.PDF"] = Letter("L-P-26-0000001_01.PDF");

        var ex = await Assert.ThrowsAsync<RefusalException>(() =>
            PdfStaging.RefuseKnownAsync(staged, DocumentKind.Letter, "L-P-26-0000001_01.PDF", CancellationToken.None));
        await PdfStaging.RefuseKnownAsync(staged, DocumentKind.Letter, "L-P-26-0000002_01.PDF", CancellationToken.None);

        Assert.Equal("letter-exists", ex.Code);
        Assert.Equal("La lettera L-P-26-0000001_01.PDF è già stata caricata.", ex.Message);
        Assert.Empty(documents.Blobs);
    }

    [Theory]
    [InlineData(DocumentKind.Letter, "letter-exists", "La lettera N è già stata caricata.")]
    [InlineData(DocumentKind.Reminder, "reminder-exists", "Il sollecito N è già stato caricato.")]
    public void The_refusal_of_a_used_name_speaks_of_its_kind(DocumentKind kind, string code, string message)
    {
        var ex = PdfStaging.AlreadyStaged(kind, "N");

        Assert.Equal(code, ex.Code);
        Assert.Equal(message, ex.Message);
        Assert.Equal(RefusalKind.Conflict, ex.Kind);
    }

    private async Task<List<string>> FileErrorsAsync(DocumentKind kind, string? file, ReadOnlyMemory<byte>? content)
    {
        var errors = new ValidationErrors();
        await Staging.CheckFileAsync(kind, file, content, errors, CancellationToken.None);
        try
        {
            errors.ThrowIfAny();
            return [];
        }
        catch (RefusalException ex)
        {
            return [.. ex.Errors!["file"]];
        }
    }
}
