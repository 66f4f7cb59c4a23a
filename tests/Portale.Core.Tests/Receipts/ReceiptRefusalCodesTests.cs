using Portale.Core.Calendar;
using Portale.Core.Receipts;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Receipts;

public sealed class ReceiptRefusalCodesTests
{
    public static TheoryData<string, string> Reasons() => new()
    {
        { UploadMessages.AnswerNameMismatch, "answer-name-mismatch" },
        { UploadMessages.InvalidFormat("a.pdf"), "file-format-invalid" },
        { UploadMessages.TechnicalError, "technical-error" },
        { UploadMessages.Infected("a.pdf"), "file-infected" },
        { UploadMessages.TooLarge("a.pdf", 10 * UploadLimits.MegaByte), "file-too-large" },
        { UploadMessages.Encrypted("a.pdf"), "file-encrypted" },
        { UploadMessages.ActiveContent("a.pdf", [PdfActiveContent.JavaScript]), "file-active-content" },
        { UploadMessages.LetterNotToWork("L-P-25-1_01.PDF"), "letter-not-to-work" },
        { UploadMessages.CarbonCopyLetter("L-P-25-1_01.PDF"), "carbon-copy-letter" },
        { UploadMessages.For(AnswerReplacementRefusal.AlreadyReplaced), "answer-already-replaced" },
        { UploadMessages.For(AnswerReplacementRefusal.WindowClosed), "answer-window-closed" },
        { UploadMessages.ZipTooManyEntries("r.zip", 1000), "zip-too-many-entries" },
        { UploadMessages.ZipTooLargeUncompressed("r.zip", 100 * UploadLimits.MegaByte), "zip-too-large-uncompressed" },
        { UploadMessages.ZipWithoutAnswers("r.zip"), "zip-without-answers" },
        { UploadMessages.ZipEntryInFolder("d/a.pdf"), "zip-entry-in-folder" },
        { UploadMessages.ZipEntryUnsafePath("../a.pdf"), "zip-entry-unsafe-path" },
        { UploadMessages.ZipEntryDuplicate("a.pdf"), "zip-entry-duplicate" },
        { UploadMessages.ZipEntrySuspiciousCompression("a.pdf"), "zip-entry-suspicious-compression" },
        { "Un motivo nuovo.", ReceiptRefusalCodes.Other },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Each_reason_has_its_code(string reason, string code) => Assert.Equal(code, ReceiptRefusalCodes.Of(reason));
}
