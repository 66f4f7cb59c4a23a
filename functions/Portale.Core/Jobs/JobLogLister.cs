namespace Portale.Core.Jobs;

/// <summary>The job log as the back office pages through it: newest first, optionally one job's runs.</summary>
public sealed class JobLogLister(IJobLog log)
{
    private static readonly Regex JobName = new("^[a-z0-9-]{1,40}$", RegexOptions.CultureInvariant);

    public async Task<Page<JobRun>> ListAsync(
        string? job, string? pageSize, string? cursor, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(job) && !JobName.IsMatch(job))
        {
            throw RefusalException.Field(RefusalException.ValidationFailed, "job",
                "Il nome del job non è valido: lettere minuscole, cifre e trattini, al massimo 40 caratteri.");
        }
        job = string.IsNullOrEmpty(job) ? null : job;
        var request = PageRequestParser.Parse(pageSize, cursor, size => $"jobs|{job}|{size}", keyed: true);
        var totalTask = log.CountAsync(job, cancellationToken);
        var page = await log.ReadNewestFirstAsync(job, request.Cursor?.After, request.Size, cancellationToken);
        var next = page.After is null ? null : new PageCursor(page.After, 0, $"jobs|{job}|{request.Size}").Encode();
        return new Page<JobRun>(page.Items, next, await totalTask);
    }
}
