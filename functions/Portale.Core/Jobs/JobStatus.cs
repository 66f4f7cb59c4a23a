namespace Portale.Core.Jobs;

/// <summary>How a job's run ended.</summary>
public enum JobStatus
{
    Completed,
    Failed,
}
