using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Publication;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;

namespace Portale.IntegrationTests.Publication;

/// <summary>
/// Staging under load (issue 13: a 500 seen once while 8 clients staged 20,000 letters): 8 clients at
/// once, each letter answered 201 and staged exactly once, and a name sent twice at the same moment
/// staged once with one 409 — never a 500.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConcurrentStagingTests(AzuriteProcess azurite)
{
    private const int Clients = 8;
    private const int Letters = 160;

    [Fact]
    public async Task Eight_clients_staging_at_once_each_get_201_and_every_letter_is_staged_once()
    {
        await using var scenario = await LetterScenario.StartAsync(azurite, new DateOnly(2028, 3, 17));
        var (to, cc) = (await scenario.CompanyAsync("load"), await scenario.CompanyAsync("loadcc"));
        await scenario.Host.SetClockAsync(LetterScenario.At(scenario.Day, 10, 0));
        var names = Enumerable.Range(0, Letters).Select(_ => LetterScenario.NewLetterName()).ToList();
        var answers = new ConcurrentBag<(string Name, HttpStatusCode Status, string Body)>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < names.Count)
            {
                // Every tenth letter is sent by two clients at once: one wins, the other is told why.
                var copies = i % 10 == 0 ? 2 : 1;
                await Task.WhenAll(Enumerable.Range(0, copies).Select(async _ =>
                {
                    using var response = await scenario.StageRawAsync(names[i], TestPdfs.OnePage(names[i]), LetterScenario.Fields(to, [cc]));
                    answers.Add((names[i], response.StatusCode, await response.Content.ReadAsStringAsync()));
                }));
            }
        }));

        Assert.DoesNotContain(answers, a => (int)a.Status >= 500);
        foreach (var letter in answers.GroupBy(a => a.Name))
        {
            Assert.Equal(1, letter.Count(a => a.Status == HttpStatusCode.Created));
            Assert.All(letter.Where(a => a.Status != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.Status));
        }
        Assert.Equal(Letters / 10, answers.Count(a => a.Status == HttpStatusCode.Conflict));
        var pending = await scenario.Host.Services.GetRequiredService<IStagedLetters>().PendingAsync(CancellationToken.None);
        Assert.Equal(names.Order(), pending.Select(l => l.Name).Where(names.Contains).Order());
    }
}
