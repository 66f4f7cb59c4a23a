namespace Portale.Core.Letters;

/// <summary>
/// Records downloads: the FIRST download fixes Data/Utente Download and moves the letter from
/// section 1 to section 2 (TO) or 3 (CC); later downloads change nothing.
/// </summary>
public sealed class LetterDownloads(LetterUpdates updates, TimeProvider clock)
{
    public const int MaxLettersPerZip = 1000;

    public static RefusalException TooMany() =>
        RefusalException.Field("too-many-letters", "letters", "È possibile scaricare al massimo " +
            $"{MaxLettersPerZip} lettere alla volta: restringere la selezione con i filtri.");

    public async Task<IReadOnlyList<Letter>> RecordAsync(
        string companyId, IReadOnlyList<string> names, OperatorPrincipal user, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            throw RefusalException.Field("letters-required", "letters", "Selezionare almeno una lettera da scaricare.");
        }
        if (names.Count > MaxLettersPerZip)
        {
            throw TooMany();
        }
        var now = clock.GetUtcNow();
        return await updates.ApplyAsync(companyId, names,
            l => l.DownloadedAt is null ? l with { DownloadedAt = now, DownloadedBy = user.Username } : null,
            cancellationToken);
    }
}
