using Portale.Core.Letters;

namespace Portale.Benchmarks;

/// <summary>New letters for a benchmark company, one minute apart from 1 January 2026.</summary>
public static class BenchLetters
{
    private static readonly LetterFields Fields =
        new("1", "RECLAMI", "POD:IT001", ServiceType.Electricity, "MERCATO", "FATTURAZIONE", "Cliente", "Via Roma 1", 20, false, Sector.Energy);

    public static IReadOnlyList<Letter> New(string companyId, int count)
    {
        var start = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.FromHours(1));
        return Enumerable.Range(0, count)
            .Select(i => new Letter(companyId, $"L-P-26-{i:D7}_01.PDF", Recipient.To, start.AddMinutes(i), Fields, "hash"))
            .ToList();
    }
}
