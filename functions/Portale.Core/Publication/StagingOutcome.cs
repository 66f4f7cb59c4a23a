namespace Portale.Core.Publication;

/// <summary>What adding a staged document's row decided, atomically in storage.</summary>
public enum StagingOutcome
{
    Added,

    /// <summary>The name is already staged or published (possibly by a concurrent staging).</summary>
    NameTaken,

    /// <summary>A sollecito over its letter's sector limit.</summary>
    LimitReached,
}
