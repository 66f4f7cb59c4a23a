namespace Portale.LocalHost.Blobs;

/// <summary>What became of one blob handed to a blob-triggered function.</summary>
public enum BlobOutcome
{
    Processed,
    AlreadyProcessed,
    Poisoned,
    NotMatching,
}
