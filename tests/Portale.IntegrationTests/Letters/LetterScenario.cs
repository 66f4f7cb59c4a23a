using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Publication;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Letters;

/// <summary>
/// A local host whose clock starts at 00:30 Rome on <c>day</c>: the back office registers companies and
/// stages letters, then <see cref="PublishNightAsync"/> moves the clock into the window, waits for
/// the nightly loading's ledger row, and opens the portal again at 09:00.
/// </summary>
public sealed class LetterScenario : IAsyncDisposable
{
    private static int sequence = Random.Shared.Next(1_000_000, 8_000_000);

    // The nightly loading runs once a day per storage: two tests publishing on one day would see each
    // other's ledger row, and the second one's letters stay staged. Who published which day, per Azurite.
    private static readonly ConcurrentDictionary<(string Storage, DateOnly Day), string> Nights = new();

    private readonly string storage;

    private LetterScenario(PortaleHost host, HttpClient staff, DateOnly day, string storage)
    {
        Host = host;
        Staff = staff;
        Day = day;
        this.storage = storage;
    }

    public PortaleHost Host { get; }
    public HttpClient Staff { get; }
    public DateOnly Day { get; }

    public static async Task<LetterScenario> StartAsync(
        AzuriteProcess azurite, DateOnly day, IDictionary<string, string>? settings = null)
    {
        // Staff tokens are validated against the real clock, so take one before moving the business clock.
        var host = await PortaleHost.StartAsync(azurite, settings: settings);
        var staff = await host.StaffClientAsync(StaffRoles.BackOffice);
        await host.SetClockAsync(At(day, 0, 30));
        return new LetterScenario(host, staff, day, azurite.ConnectionString);
    }

    public static DateTimeOffset At(DateOnly day, int hour, int minute) =>
        Portale.Core.Time.RomeTime.At(day, new TimeOnly(hour, minute));

    public static string NewCompanyId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>A fresh letter name, unique across the shared Azurite.</summary>
    public static string NewLetterName(int year = 26) =>
        $"L-P-{year:D2}-{Interlocked.Increment(ref sequence):D7}_01.PDF";

    public async Task<string> CompanyAsync(string prefix, params string[] sectors)
    {
        var id = NewCompanyId(prefix);
        using var response = await Staff.PutAsJsonAsync($"/api/backoffice/companies/{id}", new
        {
            name = $"Società {id}",
            vatNumber = "12345678903",
            pecAddress = $"{id}@pec.it",
            sectors = sectors.Length == 0 ? ["energy"] : sectors,
        });
        response.EnsureSuccessStatusCode();
        return id;
    }

    public static object Fields(string to, string[]? cc = null, string serviceType = "elettrico", int term = 20,
        bool special = false, string? customer = null, string sector = "energy") => new
    {
        to,
        cc = cc ?? [],
        caseId = "123456",
        practiceType = "RECLAMI EX DEL 286 14_3 GG",
        utility = "POD:IT001E00000000",
        serviceType,
        topic = "MERCATO",
        subTopic = "DOPPIA FATTURAZIONE",
        customerName = customer ?? "Mario Rossi",
        supplyAddress = "Via Roma 1, Roma",
        termWorkingDays = term,
        specialProcedure = special,
        sector,
    };

    public Task<HttpResponseMessage> StageRawAsync(string fileName, byte[] content, object? fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        if (fields is not null)
        {
            form.Add(new StringContent(JsonSerializer.Serialize(fields)), "metadata");
        }
        return Staff.PostAsync("/api/backoffice/letters", form);
    }

    /// <summary>Stages a sollecito of <paramref name="letter"/> as the back office does.</summary>
    public Task<HttpResponseMessage> StageReminderRawAsync(string fileName, byte[] content, string letter)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(JsonSerializer.Serialize(new { letter })), "metadata");
        return Staff.PostAsync("/api/backoffice/reminders", form);
    }

    /// <summary>The name of the <paramref name="progressive"/>-th sollecito of <paramref name="letter"/>.</summary>
    public static string ReminderName(string letter, string progressive = "01") =>
        $"S{letter[1..letter.IndexOf('_', StringComparison.Ordinal)]}_{progressive}.PDF";

    public async Task<string> StageAsync(object fields, string? name = null)
    {
        name ??= NewLetterName();
        using var response = await StageRawAsync(name, TestPdfs.OnePage(name), fields);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return name;
    }

    public async Task PublishNightAsync([CallerMemberName] string test = "")
    {
        var owner = Nights.GetOrAdd((storage, Day), test);
        Assert.True(owner == test, $"The nightly loading of {Day:yyyy-MM-dd} already ran for {owner} on this Azurite: choose a day of its own.");
        var ledger = Host.Services.GetRequiredService<IJobLedger>();
        await Host.SetClockAsync(At(Day, 1, 5));
        // Run it now as the Functions host's admin API would; the timer may fire too: the ledger makes that a no-op.
        using (var run = await Host.Client.PostAsync($"/admin/functions/{Portale.Functions.Publication.PublicationFunctions.NightlyLoading}", null))
        {
            Assert.Equal(System.Net.HttpStatusCode.Accepted, run.StatusCode);
        }
        Assert.True(await ledger.IsDoneAsync(NightlyPublication.JobName, Day, CancellationToken.None), "The nightly loading did not run.");
        await Host.SetClockAsync(At(Day, 9, 0));
    }

    /// <summary>Moves the clock to <paramref name="at"/> and runs a timer function now, as the admin API does.</summary>
    public async Task RunAtAsync(string function, DateTimeOffset at)
    {
        await Host.SetClockAsync(at);
        using var run = await Host.Client.PostAsync($"/admin/functions/{function}", null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, run.StatusCode);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path) => await JsonAsync(await client.GetAsync(path));

    public async ValueTask DisposeAsync()
    {
        Staff.Dispose();
        await Host.DisposeAsync();
    }
}
