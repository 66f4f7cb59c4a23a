using Portale.Core.Companies;
using Portale.Core.DailyReports;
using Portale.Core.Letters;
using Portale.Core.Messaging;
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

    public HashSet<string> Refusing { get; } = [];

    public Task SendAsync(PecMessage message, CancellationToken cancellationToken)
    {
        if (Refusing.Contains(message.To))
        {
            throw new IOException("mailbox unavailable");
        }
        Sent.Add(message);
        return Task.CompletedTask;
    }
}

internal sealed class ReportLedger : IDailyReportLedger
{
    public Dictionary<(string, DateOnly), (bool Sent, DateTimeOffset At)> Rows { get; } = [];

    public Task<bool> TryClaimAsync(string companyId, DateOnly day, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        if (Rows.TryGetValue((companyId, day), out var row) && (row.Sent || row.At >= staleBefore))
        {
            return Task.FromResult(false);
        }
        Rows[(companyId, day)] = (false, now);
        return Task.FromResult(true);
    }

    public Task MarkSentAsync(string companyId, DateOnly day, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Rows[(companyId, day)] = (true, at);
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string companyId, DateOnly day, CancellationToken cancellationToken)
    {
        Rows.Remove((companyId, day));
        return Task.CompletedTask;
    }
}

internal sealed class Jobs : IJobLedger
{
    public HashSet<(string, DateOnly)> Done { get; } = [];

    public Task<bool> IsDoneAsync(string job, DateOnly day, CancellationToken cancellationToken) => Task.FromResult(Done.Contains((job, day)));

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
