using Portale.Core.Companies;
using Portale.Core.DailyReports;
using Portale.Core.Letters;
using Portale.Core.Messaging;
using Portale.Core.Paging;
using Portale.Core.Publication;

namespace Portale.Core.Tests.DailyReports;

internal sealed class Companies(params Company[] companies) : ICompanyDirectory
{
    public Task<Company?> FindAsync(string companyId, CancellationToken cancellationToken) =>
        Task.FromResult(companies.FirstOrDefault(c => c.Id == companyId));

    public Task<IReadOnlyList<Company>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Company>>(companies);

    public Task SaveAsync(Company company, CancellationToken cancellationToken) => throw new NotSupportedException();
}

internal sealed class Activity : IDailyActivitySource
{
    public Dictionary<(string, DateOnly), DailyActivity> Days { get; } = [];

    public Task<DailyActivity> ReadAsync(string companyId, DateOnly day, CancellationToken cancellationToken) =>
        Task.FromResult(Days.GetValueOrDefault((companyId, day), DailyActivity.None));
}

/// <summary>Names the rows it was given, so a test can see what the report held.</summary>
internal sealed class TextRenderer : IDailyReportRenderer
{
    public string FileName(DailyReport report) => $"{report.Company.Id}.txt";

    public byte[] Render(DailyReport report) =>
        System.Text.Encoding.UTF8.GetBytes(string.Join("\n", report.Activity.PublishedLetters.Select(p => p.Letter)));
}

internal sealed class Pec : IPecSender
{
    public List<PecMessage> Sent { get; } = [];

    /// <summary>Addresses, or subjects (a day's report), the server refuses.</summary>
    public HashSet<string> Refusing { get; } = [];

    public Task<string?> SendAsync(PecMessage message, CancellationToken cancellationToken)
    {
        if (Refusing.Contains(message.To) || Refusing.Contains(message.Subject))
        {
            throw new IOException("mailbox unavailable");
        }
        Sent.Add(message);
        return Task.FromResult<string?>($"250 queued as {Sent.Count}");
    }
}

internal sealed class ReportLedger : IDailyReportLedger
{
    public Dictionary<(string, DateOnly), (bool Sent, DateTimeOffset At)> Rows { get; } = [];

    public Dictionary<(string, DateOnly), DailyReportDelivery> Deliveries { get; } = [];

    public Task<bool> TryClaimAsync(string companyId, DateOnly day, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        if (Rows.TryGetValue((companyId, day), out var row) && (row.Sent || row.At >= staleBefore))
        {
            return Task.FromResult(false);
        }
        Rows[(companyId, day)] = (false, now);
        return Task.FromResult(true);
    }

    public Task MarkSentAsync(string companyId, DateOnly day, DailyReportDelivery delivery, CancellationToken cancellationToken)
    {
        Rows[(companyId, day)] = (true, delivery.SentAt);
        Deliveries[(companyId, day)] = delivery;
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string companyId, DateOnly day, CancellationToken cancellationToken)
    {
        Rows.Remove((companyId, day));
        return Task.CompletedTask;
    }

    public Task<KeyedPage<DailyReportRecord>> ReadDayAsync(DateOnly day, string? after, int take, CancellationToken cancellationToken)
    {
        var rows = Rows.Where(r => r.Key.Item2 == day && (after is null || string.CompareOrdinal(r.Key.Item1, after) > 0))
            .OrderBy(r => r.Key.Item1, StringComparer.Ordinal).ToList();
        var items = rows.Take(take).Select(r => new DailyReportRecord(
            r.Key.Item1, day, r.Value.Sent ? DailyReportStatus.Sent : DailyReportStatus.Sending, r.Value.At,
            Deliveries.GetValueOrDefault(r.Key))).ToList();
        return Task.FromResult(new KeyedPage<DailyReportRecord>(items, rows.Count > take ? items[^1].CompanyId : null));
    }

    public Task<int> CountDayAsync(DateOnly day, CancellationToken cancellationToken) =>
        Task.FromResult(Rows.Keys.Count(k => k.Item2 == day));
}

internal sealed class Jobs : IJobLedger
{
    public HashSet<(string, DateOnly)> Done { get; } = [];

    public Task<bool> IsDoneAsync(string job, DateOnly day, CancellationToken cancellationToken) => Task.FromResult(Done.Contains((job, day)));

    public Task<DateOnly?> LatestDoneAsync(string job, DateOnly from, DateOnly through, CancellationToken cancellationToken) =>
        Task.FromResult(Done.Where(d => d.Item1 == job && d.Item2 >= from && d.Item2 <= through)
            .Select(d => (DateOnly?)d.Item2).Max());

    public Task MarkDoneAsync(string job, DateOnly day, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Done.Add((job, day));
        return Task.CompletedTask;
    }
}

internal static class Sample
{
    public static Company Company(string id) => new(id, $"Società {id}", "01234567890", $"{id}@pec.example.it", [Sector.Energy]);

    public static DailyActivity Published(params string[] letters) =>
        DailyActivity.None with { PublishedLetters = [.. letters.Select(l => new PublishedLetterEntry(l, DateTimeOffset.Parse("2026-03-10T01:05:00+01:00"), "ab"))] };
}
