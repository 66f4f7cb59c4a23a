namespace Portale.Core.Publication;

/// <summary>What withdrawing a staged document found, decided atomically in storage.</summary>
public enum WithdrawalOutcome
{
    /// <summary>It was waiting for the nightly loading and no longer is.</summary>
    Withdrawn,

    /// <summary>No document of that name is waiting (never staged, or already withdrawn).</summary>
    NotStaged,

    /// <summary>The nightly loading has published it: it cannot be withdrawn any more.</summary>
    Published,
}
