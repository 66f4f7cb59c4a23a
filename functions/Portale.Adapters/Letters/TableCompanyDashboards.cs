using Azure;
using Microsoft.Extensions.Logging;
using Portale.Adapters.Reminders;

namespace Portale.Adapters.Letters;

/// <summary>
/// The staff dashboard in table <c>dashboard</c>, partition <c>company</c>, one row per company
/// (docs/decisions/0015-dashboard-counters.md). A refresh reads the company's counters in its partition
/// of <c>companyletters</c> (the section counters of "Nuove lettere", the tallies <c>t_…</c> and the
/// solleciti's <c>rc_all</c>: a few range reads that do not grow with the letters) and rewrites the row
/// under the ETag it read first, so of two refreshes racing the one that read older counters loses and
/// reads again.
/// </summary>
public sealed class TableCompanyDashboards(
    StorageClients clients, ICompanyDirectory companies, TimeProvider clock, ILogger<TableCompanyDashboards> logger)
    : TableAdapter(clients, StorageNames.DashboardTable), ICompanyDashboards
{
    private const string Partition = "company";

    // A busy company (an upload run of many answers) refreshes its row many times at once.
    private const int Attempts = 20;

    private TableClient Letters => Clients.Table(StorageNames.CompanyLettersTable);

    public async Task RefreshAsync(string companyId, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId))
        {
            return;
        }
        await OptimisticRetry.RunAsync(async () =>
        {
            var current = await Table.FindAsync(Partition, companyId, cancellationToken, ["RowKey"]);
            if (await companies.FindAsync(companyId, cancellationToken) is not { } company)
            {
                return;
            }
            var today = RomeTime.Today(clock);
            var figures = await FiguresAsync(companyId, today, cancellationToken);
            var reminders = await Letters.FindAsync(companyId, TableReminderStore.AllCounter, cancellationToken, ["Count"]);
            var row = ToEntity(CompanyDashboard.Of(company, figures, reminders?.GetInt32("Count") ?? 0, clock.GetUtcNow()));
            if (current is null)
            {
                await Table.AddEntityAsync(row, cancellationToken);
            }
            else
            {
                await Table.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken);
            }
        }, ex => ex is RequestFailedException { Status: 409 or 412 }, cancellationToken, Attempts);
    }

    /// <summary>
    /// Refreshes after a change already stored: a failure leaves the row behind until the company's next
    /// change or the next daily ageing, and is logged, never passed on to the change's caller.
    /// </summary>
    public async Task TryRefreshAsync(string companyId, CancellationToken cancellationToken)
    {
        try
        {
            await RefreshAsync(companyId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Dashboard row of {Company} not refreshed; its next change or the ageing will", companyId);
        }
    }

    public Task<KeyedPage<CompanyDashboard>> ReadAsync(
        Sector? sector, string? after, int take, CancellationToken cancellationToken)
    {
        if (after is not null && !TableKeys.IsSafe(after))
        {
            return Task.FromResult(new KeyedPage<CompanyDashboard>([], null));
        }
        var filter = Filter(sector) + " and " + TableClient.CreateQueryFilter($"RowKey gt {after ?? ""}");
        return KeyedQuery.PageAsync(Table, filter, take, FromEntity, cancellationToken);
    }

    public async Task<int> CountAsync(Sector? sector, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in Table.QueryAsync<TableEntity>(
            Filter(sector), maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// The company's figures from three reads of its partition: the online "Nuove lettere" counters,
    /// every <c>t_o_</c> counter (to answer, by deadline: those before today are overdue), this month's
    /// <c>t_a_</c> and the <c>t_r_</c> counters of the last 12 months.
    /// </summary>
    private async Task<LetterFigures> FiguresAsync(string companyId, DateOnly today, CancellationToken cancellationToken)
    {
        var toDownloadTask = TableLetterStore.CountAsync(
            Letters, companyId, Section.New, new LetterFilter(), today, cancellationToken);
        var absentTask = Letters.FindAsync(companyId, LetterKeys.AbsentTally(today), cancellationToken, ["Count"]);
        var (toAnswer, overdue) = (0, 0);
        var overdueBefore = LetterKeys.OpenTallyPrefix + LetterKeys.Day(today);
        await foreach (var (key, count) in CountersAsync(
            companyId, LetterKeys.OpenTallyPrefix, LetterKeys.End(LetterKeys.OpenTallyPrefix), cancellationToken))
        {
            toAnswer += count;
            overdue += string.CompareOrdinal(key, overdueBefore) < 0 ? count : 0;
        }
        var days = new Dictionary<int, int>();
        var since = LetterKeys.AnsweredTallyPrefix + LetterKeys.Month(LetterFigures.MedianSince(today));
        await foreach (var (key, count) in CountersAsync(
            companyId, since, LetterKeys.End(LetterKeys.AnsweredTallyPrefix), cancellationToken))
        {
            var workingDays = int.Parse(key[^3..], CultureInfo.InvariantCulture);
            days[workingDays] = days.GetValueOrDefault(workingDays) + count;
        }
        return new LetterFigures(
            await toDownloadTask, toAnswer, overdue, (await absentTask)?.GetInt32("Count") ?? 0, days);
    }

    private async IAsyncEnumerable<(string Key, int Count)> CountersAsync(
        string companyId, string from, string to,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey ge {from} and RowKey lt {to}");
        await foreach (var e in Letters.QueryAsync<TableEntity>(
            filter, maxPerPage: 1000, select: ["RowKey", "Count"], cancellationToken: cancellationToken))
        {
            yield return (e.RowKey, e.GetInt32("Count") ?? 0);
        }
    }

    private static string Filter(Sector? sector)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        return sector switch
        {
            Sector.Energy => filter + " and Energy eq true",
            Sector.Water => filter + " and Water eq true",
            _ => filter,
        };
    }

    private static TableEntity ToEntity(CompanyDashboard d) => TableRows.Of(Partition, d.CompanyId, new
    {
        Name = d.CompanyName,
        Sectors = string.Join(',', d.Sectors.Select(SectorNames.Of)),
        Energy = d.Sectors.Contains(Sector.Energy),
        Water = d.Sectors.Contains(Sector.Water),
        d.ToDownload,
        d.ToAnswer,
        d.Overdue,
        d.AbsentThisMonth,
        d.RemindersSent,
        d.MedianDaysToAnswer,
        d.UpdatedAt,
    });

    private static CompanyDashboard FromEntity(TableEntity e) => new(
        e.RowKey, e.GetString("Name") ?? "",
        (e.GetString("Sectors") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => SectorNames.TryParse(s, out var sector) ? sector : Sector.Energy).ToList(),
        e.GetInt32("ToDownload") ?? 0, e.GetInt32("ToAnswer") ?? 0, e.GetInt32("Overdue") ?? 0,
        e.GetInt32("AbsentThisMonth") ?? 0, e.GetInt32("RemindersSent") ?? 0, e.GetInt32("MedianDaysToAnswer"),
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
}
