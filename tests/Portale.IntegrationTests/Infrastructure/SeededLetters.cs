using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Letters;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>
/// Many letters written straight through the letters adapter (its publication batches, up to 100 entities a
/// transaction), for tests about size: staging and publishing tens of thousands over HTTP would take minutes.
/// </summary>
internal static class SeededLetters
{
    public static readonly string[] Customers = ["Mario Rossi", "Giulia Bianchi", "Luca Verdi", "Anna Bianchini", "Paolo Neri"];

    /// <summary>
    /// <paramref name="count"/> TO letters of <paramref name="company"/>, one a minute back from
    /// <paramref name="newest"/>; every <paramref name="downloadedEvery"/>-th one downloaded (section to-work).
    /// </summary>
    public static IReadOnlyList<Letter> Of(string company, int count, DateTimeOffset newest, int downloadedEvery = 2) =>
    [
        .. Enumerable.Range(0, count).Select(i =>
        {
            var fields = new LetterFields(
                $"{100000 + i}", "RECLAMI EX DEL 286 14_3 GG", $"POD:IT001E{i:D8}", i % 3 == 0 ? ServiceType.Gas : ServiceType.Electricity,
                "MERCATO", "DOPPIA FATTURAZIONE", $"{Customers[i % Customers.Length]} {i}", $"Via Roma {i}, Roma", 20, false, Sector.Energy);
            var publishedAt = newest.AddMinutes(-i);
            return new Letter(company, $"L-P-26-{i:D7}_01.PDF", Recipient.To, publishedAt, fields, new string('a', 64))
            {
                DownloadedAt = i % downloadedEvery == 0 ? publishedAt.AddMinutes(30) : null,
                DownloadedBy = i % downloadedEvery == 0 ? "seed" : null,
            };
        }),
    ];

    // One run of batches: parallel ones would race for the same section counters.
    public static Task PublishAsync(PortaleHost host, IReadOnlyList<Letter> letters) =>
        host.Services.GetRequiredService<ILetterStore>().PublishAsync(letters, CancellationToken.None);
}
