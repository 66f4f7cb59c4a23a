namespace Portale.Core.Reminders;

/// <summary>
/// Solleciti by the portal (manual 6.4): after the nightly loading, each TO letter past its deadline and
/// unanswered gets a sollecito the portal writes, published in section 4 with the day's date: the first
/// <see cref="AutomaticReminderOptions.FirstAfterWorkingDays"/> working days after the deadline, the
/// second (water only) <see cref="AutomaticReminderOptions.SecondAfterWorkingDays"/> after the first.
/// The sector's limit is shared with the solleciti staged by hand, and each sollecito takes its slot
/// atomically, so two passes at once (or a pass repeated) send it once. Only the letters the due index
/// names are read (<see cref="LetterDueDays"/>); a day missed is caught up by the next pass.
/// </summary>
public sealed class AutomaticReminders(
    AutomaticReminderOptions options,
    ICompanyDirectory companies,
    ILetterStore letters,
    LetterUpdates updates,
    IStagedReminders staged,
    ReminderStaging staging,
    StagedReminderPublisher publisher,
    IReminderDocumentWriter writer,
    WorkingDayCalendar calendar,
    ResponseSla sla,
    IJobLedger ledger,
    TimeProvider clock)
{
    public const string JobName = "automatic-reminders";

    /// <summary>Who stages them, in the staged rows (the back office's are staff names).</summary>
    public const string StagedBy = "portale";

    private const int MaxProgressive = 99;

    public async Task<JobOutcome?> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var now = RomeTime.Now(clock);
        var today = DateOnly.FromDateTime(now.DateTime);
        if (TimeOnly.FromDateTime(now.DateTime) < LetterAgeing.RunFrom
            || !await ledger.IsDoneAsync(NightlyPublication.JobName, today, cancellationToken)
            || await ledger.IsDoneAsync(JobName, today, cancellationToken))
        {
            return null;
        }
        var outcome = options.Enabled
            ? await SendAsync(today, cancellationToken)
            : new JobOutcome(today, new Dictionary<string, int>(), "Solleciti automatici disattivati " +
                "(Portale:Reminders:Automatic = false).");
        await ledger.MarkDoneAsync(JobName, today, clock.GetUtcNow(), cancellationToken);
        return outcome;
    }

    public async Task<JobOutcome> SendAsync(DateOnly today, CancellationToken cancellationToken)
    {
        // A pass cut short between staging and publishing left its sollecito pending: publish it first.
        var left = (await staged.PendingAsync(cancellationToken)).Where(r => r.StagedBy == StagedBy).ToList();
        await publisher.PublishAsync(left, clock.GetUtcNow(), cancellationToken);
        var (read, sent) = (0, left.Count);
        foreach (var company in await companies.ListAsync(cancellationToken))
        {
            // Read the company's due letters first: reminding one moves its row in the index being read.
            var due = await letters.ReadDueAsync(company.Id, LetterTimeRule.Reminders, today, cancellationToken)
                .ToListAsync(cancellationToken);
            foreach (var letter in due)
            {
                read++;
                if (await RemindAsync(company, letter, today, cancellationToken))
                {
                    sent++;
                }
            }
        }
        return JobOutcome.Of(today, ("read", read), ("sent", sent));
    }

    /// <summary>Sends the letter's next sollecito when it is due today; moves its due day on.</summary>
    private async Task<bool> RemindAsync(Company company, Letter letter, DateOnly today, CancellationToken cancellationToken)
    {
        if (letter is not { Recipient: Recipient.To, Answer: null })
        {
            return false;
        }
        var limit = ReminderStaging.LimitFor(letter.Fields.Sector);
        var deadline = sla.Deadline(letter.Terms);
        var previous = await staged.ForLetterAsync(letter.Name, cancellationToken);
        var sent = false;
        if (previous.Count < limit && today >= DueOn(deadline, previous))
        {
            sent = await SendNextAsync(company, letter, deadline, previous.Count + 1, limit, today, cancellationToken);
            previous = await staged.ForLetterAsync(letter.Name, cancellationToken);
        }
        var next = previous.Count >= limit ? DateOnly.MaxValue : DueOn(deadline, previous);
        if (next != letter.RemindersDueFrom)
        {
            await updates.ApplyAsync(letter.CompanyId, letter.Name,
                l => l.RemindersDueFrom == next ? null : l with { RemindersDueFrom = next }, cancellationToken);
        }
        return sent;
    }

    private DateOnly DueOn(DateOnly deadline, IReadOnlyList<LetterReminder> previous) =>
        previous.Count == 0
            ? calendar.AddWorkingDays(deadline, options.FirstAfterWorkingDays)
            : calendar.AddWorkingDays(
                DateOnly.FromDateTime(RomeTime.ToRome(previous[^1].At).DateTime), options.SecondAfterWorkingDays);

    private async Task<bool> SendNextAsync(
        Company company, Letter letter, DateOnly deadline, int ordinal, int limit, DateOnly today,
        CancellationToken cancellationToken)
    {
        var letterName = DocumentName.Parse(letter.Name);
        for (var progressive = 1; progressive <= MaxProgressive; progressive++)
        {
            var name = $"S-P-{letterName.Year}-{letterName.CaseNumber}_{progressive:D2}.PDF";
            if (await staged.IsKnownAsync(name, cancellationToken))
            {
                continue;
            }
            var pdf = writer.Write(new GeneratedReminder(name, company, letter, deadline, ordinal, limit, today));
            var (outcome, reminder) =
                await staging.StageGeneratedAsync(name, letter, pdf, ordinal, StagedBy, cancellationToken);
            switch (outcome)
            {
                case StagingOutcome.Added:
                    await publisher.PublishAsync([reminder], clock.GetUtcNow(), cancellationToken);
                    return true;
                case StagingOutcome.LimitReached:
                    return false; // another pass (or a person) sent this one meanwhile
            }
        }
        return false;
    }
}
