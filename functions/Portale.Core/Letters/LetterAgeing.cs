namespace Portale.Core.Letters;

/// <summary>
/// SLA ageing (manual 6.2, 6.5.1): after the nightly window, every energy TO letter still unanswered
/// after the 15th working day past its deadline (proroga included, off-line days excluded) is recorded
/// «assente». Asked on a frequent timer, once a day by the jobs ledger; each company's due index
/// (<see cref="LetterDueDays"/>) says which letters may be due, so the pass never reads the others.
/// Idempotent and safe beside another run: each letter changes by optimistic concurrency, and only
/// while it is unanswered and unclassified. A day missed is caught up by the next run (the rule is
/// "past the day", not "on the day"). It then computes every company's dashboard row for the new day.
/// </summary>
public sealed class LetterAgeing(
    ICompanyDirectory companies, ILetterStore letters, LetterUpdates updates, AnswerCompleteness completeness,
    IJobLedger ledger, ICompanyDashboards dashboards, TimeProvider clock)
{
    public const string JobName = "letter-ageing";

    /// <summary>After the nightly window (01:00–03:00 Rome).</summary>
    public static readonly TimeOnly RunFrom = new(3, 0);

    private const int LettersPerUpdate = 50;

    public async Task<JobOutcome?> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var now = RomeTime.Now(clock);
        var today = DateOnly.FromDateTime(now.DateTime);
        if (TimeOnly.FromDateTime(now.DateTime) < RunFrom || await ledger.IsDoneAsync(JobName, today, cancellationToken))
        {
            return null;
        }
        var outcome = await AgeAsync(today, cancellationToken);
        await ledger.MarkDoneAsync(JobName, today, clock.GetUtcNow(), cancellationToken);
        return outcome;
    }

    /// <summary>Records «assente» on every letter due on <paramref name="today"/>; counts what it read and changed.</summary>
    public async Task<JobOutcome> AgeAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var (read, aged) = (0, 0);
        foreach (var company in await companies.ListAsync(cancellationToken))
        {
            var due = new List<string>();
            await foreach (var letter in letters.ReadDueAsync(company.Id, LetterTimeRule.Ageing, today, cancellationToken))
            {
                read++;
                if (completeness.IsDueForAgeing(letter, today))
                {
                    due.Add(letter.Name);
                }
            }
            foreach (var chunk in due.Chunk(LettersPerUpdate))
            {
                var changed = new HashSet<string>(StringComparer.Ordinal);
                await updates.ApplyAsync(company.Id, chunk, l =>
                {
                    if (!completeness.IsDueForAgeing(l, today))
                    {
                        changed.Remove(l.Name);
                        return null;
                    }
                    changed.Add(l.Name);
                    return l with { Completeness = AnswerCompleteness.Absent, ClassifiedAt = clock.GetUtcNow() };
                }, cancellationToken);
                aged += changed.Count;
            }
            // Overdue moves with the days, not with the letters: every company's row is computed again
            // for the new day, whether or not a letter of it changed.
            await dashboards.RefreshAsync(company.Id, cancellationToken);
        }
        return JobOutcome.Of(today, ("read", read), ("aged", aged));
    }
}
