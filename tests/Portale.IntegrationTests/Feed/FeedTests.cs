using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Feed;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Feed;

/// <summary>
/// The change feed: everything that arrived or changed since a cursor, each item exactly once, in the
/// order the portal recorded it — with uploads processed concurrently while it is read, page by page,
/// and across a restart of the host.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FeedTests(AzuriteProcess azurite)
{
    // A day of its own for each test: the nightly loading runs once per day on the shared Azurite.
    private static readonly DateOnly Day = new(2028, 3, 14);
    private static readonly DateOnly FilterDay = new(2028, 3, 15);

    [Fact]
    public async Task Every_item_arrives_exactly_once_in_order_across_pages_concurrent_uploads_and_a_restart()
    {
        var scenario = await LetterScenario.StartAsync(azurite, Day);
        var companies = new[] { await scenario.CompanyAsync("feed-a"), await scenario.CompanyAsync("feed-b") };
        var letters = new Dictionary<string, string[]>();
        foreach (var company in companies)
        {
            var names = new List<string>();
            for (var i = 0; i < 6; i++)
            {
                names.Add(await scenario.StageAsync(LetterScenario.Fields(company)));
            }
            letters[company] = [.. names];
        }
        await scenario.PublishNightAsync();
        var users = new Dictionary<string, HttpClient>();
        foreach (var company in companies)
        {
            users[company] = await scenario.Host.OperatorClientAsync($"feed-{company}", company);
            (await users[company].PostAsJsonAsync($"/api/companies/{company}/letters/download", new { letters = letters[company] }))
                .EnsureSuccessStatusCode();
        }
        var feed = new FeedReader(companies);
        using (var reader = await scenario.Host.StaffClientAsync(StaffRoles.ReadOnly))
        {
            // The first answers and communications, all at once, while the feed is read page by page.
            var uploads = companies.SelectMany(c => letters[c].Take(4).Select(l => Answer(users[c], c, l))
                .Concat(Enumerable.Range(0, 2).Select(i => Communication(users[c], c, $"Prima {i}")))).ToList();
            while (uploads.Any(u => !u.IsCompleted))
            {
                await feed.ReadPageAsync(reader);
            }
            await Task.WhenAll(uploads);
            await feed.ReadToEndAsync(reader);
        }
        foreach (var user in users.Values)
        {
            user.Dispose();
        }
        await scenario.DisposeAsync();

        // A new host on the same storage: the cursor the first one gave goes on where it stopped.
        await using var host = await PortaleHost.StartAsync(azurite, settings: new Dictionary<string, string>
        {
            ["Portale:Clock:Now"] = LetterScenario.At(Day, 10, 0).ToString("O"),
        });
        using (var reader = await host.StaffClientAsync(StaffRoles.ReadOnly))
        {
            var again = new Dictionary<string, HttpClient>();
            foreach (var company in companies)
            {
                again[company] = await host.OperatorClientAsync($"feed-{company}", company);
            }
            var uploads = companies.SelectMany(c => letters[c].Skip(4).Select(l => Answer(again[c], c, l))
                .Append(Communication(again[c], c, "Seconda"))).ToList();
            while (uploads.Any(u => !u.IsCompleted))
            {
                await feed.ReadPageAsync(reader);
            }
            await Task.WhenAll(uploads);
            await feed.ReadToEndAsync(reader);

            // Recorded now, dated before everything read so far: still read, after what was read.
            var late = new ChangeItem(ChangeKind.Communication, companies[0], $"c_late-{Guid.NewGuid():N}", LetterScenario.At(Day, 8, 0), "ritardatario")
            {
                File = "tardiva.pdf",
                CommunicationKey = "late",
            };
            await host.Services.GetRequiredService<IChangeFeed>().RecordAsync(late, CancellationToken.None);
            await feed.ReadToEndAsync(reader);
            Assert.Equal(late.Key, feed.Items.Last(i => i.GetProperty("companyId").GetString() == companies[0]).GetProperty("key").GetString());
            foreach (var user in again.Values)
            {
                user.Dispose();
            }

            foreach (var company in companies)
            {
                var mine = feed.Items.Where(i => i.GetProperty("companyId").GetString() == company).ToList();
                var kinds = mine.GroupBy(i => i.GetProperty("kind").GetString()).ToDictionary(g => g.Key!, g => g.Count());
                Assert.Equal(6, kinds["download"]);
                Assert.Equal(6, kinds["answer"]);
                Assert.Equal(company == companies[0] ? 4 : 3, kinds["communication"]);
                Assert.Equal(mine.Count, mine.Select(i => i.GetProperty("key").GetString()).Distinct().Count());
                // The company's own numbers, in the order the all-companies feed gave them: 1, 2, 3…
                Assert.Equal(Enumerable.Range(1, mine.Count).Select(n => (long)n), mine.Select(i => i.GetProperty("sequence").GetInt64()));
                // Downloads came before the answers they allowed.
                Assert.True(mine.FindLastIndex(i => i.GetProperty("kind").GetString() == "download")
                    < mine.FindIndex(i => i.GetProperty("kind").GetString() == "answer"));

                // The company's own feed holds the same items in the same order.
                var own = await ReadAllAsync(reader, $"/api/backoffice/companies/{company}/changes");
                Assert.Equal(mine.Select(i => i.GetProperty("key").GetString()), own.Select(i => i.GetProperty("key").GetString()));
            }
            var globals = feed.All.Select(i => i.GetProperty("globalSequence").GetInt64()).ToList();
            Assert.Equal(Enumerable.Range((int)globals[0], globals.Count).Select(n => (long)n), globals);
        }
    }

    [Fact]
    public async Task The_feed_is_filtered_by_kind_sector_and_days_read_newest_first_and_refused_without_a_role()
    {
        await using var scenario = await LetterScenario.StartAsync(azurite, FilterDay);
        var water = await scenario.CompanyAsync("feed-w", "water");
        var name = await scenario.StageAsync(LetterScenario.Fields(water, serviceType: "idrico", sector: "water"));
        await scenario.PublishNightAsync();
        using var user = await scenario.Host.OperatorClientAsync($"feed-{water}", water);
        (await user.GetAsync($"/api/companies/{water}/letters/{name}/pdf")).EnsureSuccessStatusCode();
        await Answer(user, water, name);
        await Communication(user, water, "Filtri");
        using var staff = await scenario.Host.StaffClientAsync(StaffRoles.BackOffice);
        var root = $"/api/backoffice/companies/{water}/changes";

        var answers = await ReadAllAsync(staff, $"{root}?kind=answer");
        var answer = Assert.Single(answers);
        Assert.Equal(name, answer.GetProperty("letter").GetString());
        Assert.Equal("water", answer.GetProperty("sector").GetString());
        Assert.Equal(AnswerName(name), answer.GetProperty("file").GetString());
        Assert.False(answer.GetProperty("replacement").GetBoolean());
        Assert.Equal(64, answer.GetProperty("hash").GetString()!.Length);
        Assert.Equal(2, (await ReadAllAsync(staff, $"{root}?kind=answer,download")).Count);
        Assert.Equal(2, (await ReadAllAsync(staff, $"{root}?sector=water")).Count);
        Assert.Empty(await ReadAllAsync(staff, $"{root}?sector=energy"));
        Assert.Equal(3, (await ReadAllAsync(staff, $"{root}?from={FilterDay:yyyy-MM-dd}&to={FilterDay:yyyy-MM-dd}")).Count);
        Assert.Empty(await ReadAllAsync(staff, $"{root}?from={FilterDay.AddDays(1):yyyy-MM-dd}"));
        var all = await ReadAllAsync(staff, $"/api/backoffice/changes?companyId={water}");
        Assert.Equal(["download", "answer", "communication"], all.Select(i => i.GetProperty("kind").GetString()));

        var newest = await staff.GetFromJsonAsync<JsonElement>($"{root}?order=desc&pageSize=10");
        Assert.Equal(["communication", "answer", "download"], newest.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()));
        Assert.False(newest.GetProperty("hasMore").GetBoolean());

        using (var badKind = await staff.GetAsync($"{root}?kind=note"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, badKind.StatusCode);
        }
        using (var otherCursor = await staff.GetAsync($"{root}?kind=answer&cursor={Uri.EscapeDataString(newest.GetProperty("nextCursor").GetString()!)}"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, otherCursor.StatusCode);
        }
        using (var anonymous = await scenario.Host.Client.GetAsync("/api/backoffice/changes"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        using var app = await scenario.Host.ApplicationClientAsync("sistema-casi", StaffRoles.ReadOnly);
        Assert.Equal(3, (await ReadAllAsync(app, $"/api/backoffice/changes?companyId={water}")).Count);
        using var noRole = await scenario.Host.ApplicationClientAsync("sistema-senza-ruolo");
        using var refused = await noRole.GetAsync("/api/backoffice/changes");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task Answer(HttpClient user, string company, string letter)
    {
        var upload = await UploadAsync(user, company, "answer", AnswerName(letter), TestPdfs.OnePage($"Risposta {letter}"), [letter]);
        Assert.Equal("accepted", upload.GetProperty("status").GetString());
    }

    private static async Task Communication(HttpClient user, string company, string label)
    {
        var upload = await UploadAsync(user, company, "communication", "comunicazione.pdf", TestPdfs.OnePage($"{company} {label}"), label: label);
        Assert.Equal("accepted", upload.GetProperty("status").GetString());
    }

    private static async Task<List<JsonElement>> ReadAllAsync(HttpClient client, string path)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        var separator = path.Contains('?') ? '&' : '?';
        while (true)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"{path}{separator}pageSize=10" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            items.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return items;
            }
        }
    }

    /// <summary>A system importing the all-companies feed: it keeps only its cursor between calls.</summary>
    private sealed class FeedReader(string[] companies)
    {
        private string? cursor;

        public List<JsonElement> All { get; } = [];

        public IEnumerable<JsonElement> Items => All.Where(i => companies.Contains(i.GetProperty("companyId").GetString()));

        public async Task<bool> ReadPageAsync(HttpClient client)
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/backoffice/changes?pageSize=10" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            All.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.Clone()));
            cursor = page.GetProperty("nextCursor").GetString();
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                await Task.Delay(100);
            }
            return page.GetProperty("hasMore").GetBoolean();
        }

        public async Task ReadToEndAsync(HttpClient client)
        {
            while (await ReadPageAsync(client))
            {
            }
        }
    }
}
