using Microsoft.Extensions.Time.Testing;
using Portale.Core.Companies;
using Portale.Core.Documents;
using Portale.Core.Letters;
using Portale.Core.Publication;
using Portale.Core.Refusals;
using Portale.Core.Reminders;
using Portale.Core.Tests.Uploads.Fakes;

namespace Portale.Core.Tests.Publication;

/// <summary>Letters and solleciti both go through <see cref="PdfStaging"/>, each with its own kind of name.</summary>
public class StagingFlowTests
{
    private const string LetterName = "L-P-26-0000001_01.PDF";
    private const string ReminderName = "S-P-26-0000001_01.PDF";

    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-03-10T10:00:00Z"));
    private readonly InMemoryDocuments documents = new(new Faults());
    private readonly InMemoryStagedLetters stagedLetters = new();
    private readonly InMemoryStagedReminders stagedReminders = new();
    private readonly InMemoryLetterStore letters = new(new Faults());

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
}
