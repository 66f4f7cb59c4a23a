namespace Portale.Core.Uploads;

/// <summary>
/// Manual 6.2.2 and FAQ 12.4: decides, from the central directory alone, which entries of a .zip of
/// answers to read. Each entry must be named <c>R-</c> + a selected letter's name (<c>.PDF</c> in any
/// case) at the root of the archive. Decisions beyond the manual:
/// <list type="bullet">
/// <item>Folder records (names ending in <c>/</c>) and macOS metadata (<c>__MACOSX/…</c>, <c>.DS_Store</c>)
/// are ignored, not refused: zipping tools add them unasked, they hold no answer and are never read,
/// and a refusal for each would flood "Invii falliti" with noise. They still count towards
/// <see cref="UploadLimits.ZipMaxEntries"/>.</item>
/// <item>An answer inside a folder is refused with its own reason, so the
/// operator knows to zip the files, not the folder.</item>
/// <item>Two entries answering the same letter are both refused: picking one would risk filing the wrong
/// version and spending the letter's only replacement.</item>
/// <item>The total-size limit counts only the entries that would be read.</item>
/// </list>
/// Checks run in this order, the first failing one giving the reason: path safety, ignorable junk,
/// folder, name, duplicate, compression ratio, size.
/// </summary>
public static class ZipEntryJudge
{
    public static AnswerZipPlan Judge(
        string zipName, IReadOnlyList<ZipEntryInfo> entries, IReadOnlyCollection<DocumentName> selectedLetters)
    {
        if (entries.Count > UploadLimits.ZipMaxEntries)
        {
            return new AnswerZipPlan(UploadMessages.ZipTooManyEntries(zipName, UploadLimits.ZipMaxEntries), []);
        }
        var lettersByAnswerName = AnswerNames(selectedLetters);

        var verdicts = entries.Select(entry => JudgeName(entry, lettersByAnswerName)).ToList();
        var answeredTwice = verdicts
            .Where(v => v.Outcome == ZipEntryOutcome.Accepted)
            .GroupBy(v => v.Letter!)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet();
        verdicts = verdicts.Select(v => v.Outcome == ZipEntryOutcome.Accepted
                ? answeredTwice.Contains(v.Letter!)
                    ? ZipEntryVerdict.Refuse(v.Entry, ZipEntryRefusal.Duplicate)
                    : JudgeSize(v)
                : v)
            .ToList();

        var total = verdicts.Where(v => v.Outcome == ZipEntryOutcome.Accepted).Sum(v => v.Entry.UncompressedSize);
        if (total > UploadLimits.ZipMaxTotalUncompressedBytes)
        {
            return new AnswerZipPlan(
                UploadMessages.ZipTooLargeUncompressed(zipName, UploadLimits.ZipMaxTotalUncompressedBytes), []);
        }
        return new AnswerZipPlan(null, verdicts);
    }

    private static Dictionary<DocumentName, DocumentName> AnswerNames(IReadOnlyCollection<DocumentName> selectedLetters)
    {
        var byAnswerName = new Dictionary<DocumentName, DocumentName>();
        foreach (var letter in selectedLetters)
        {
            if (letter.Kind != DocumentKind.Letter)
            {
                throw new ArgumentException(
                    $"Only letters can be selected for answers; {letter} is a {letter.Kind}.", nameof(selectedLetters));
            }
            byAnswerName[letter.ToAnswerName()] = letter;
        }
        return byAnswerName;
    }

    private static ZipEntryVerdict JudgeName(
        ZipEntryInfo entry, Dictionary<DocumentName, DocumentName> lettersByAnswerName)
    {
        var name = entry.Name;
        if (ZipEntryPaths.IsUnsafe(name))
        {
            return ZipEntryVerdict.Refuse(entry, ZipEntryRefusal.UnsafePath);
        }
        if (ZipEntryPaths.IsIgnorable(name))
        {
            return ZipEntryVerdict.Ignore(entry);
        }
        if (name.Contains('/'))
        {
            return ZipEntryVerdict.Refuse(entry, ZipEntryRefusal.InFolder);
        }
        return DocumentName.TryParse(name, out var answerName)
            && lettersByAnswerName.TryGetValue(answerName, out var letter)
            ? ZipEntryVerdict.Accept(entry, letter)
            : ZipEntryVerdict.Refuse(entry, ZipEntryRefusal.NameMismatch);
    }

    private static ZipEntryVerdict JudgeSize(ZipEntryVerdict verdict)
    {
        var entry = verdict.Entry;
        if (entry.UncompressedSize >= UploadLimits.ZipRatioCheckFloorBytes
            && entry.UncompressedSize > (decimal)Math
                .Max(entry.CompressedSize, 0) * UploadLimits.ZipMaxCompressionRatio)
        {
            return ZipEntryVerdict.Refuse(entry, ZipEntryRefusal.SuspiciousCompression);
        }
        return entry.UncompressedSize > UploadLimits.ZipMaxEntryUncompressedBytes
            ? ZipEntryVerdict.Refuse(entry, ZipEntryRefusal.TooLarge)
            : verdict;
    }
}
