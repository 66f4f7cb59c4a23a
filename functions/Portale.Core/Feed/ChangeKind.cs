namespace Portale.Core.Feed;

/// <summary>What a change feed item says arrived or changed. Operators' notes are theirs and never in the feed.</summary>
public enum ChangeKind
{
    /// <summary>An answer filed for a letter (first or replacement).</summary>
    Answer,

    /// <summary>A comunicazione libera.</summary>
    Communication,

    /// <summary>A TIRV rejection.</summary>
    TirvRejection,

    /// <summary>A letter's first download (Data/Utente Download).</summary>
    Download,

    /// <summary>A proroga granted on a letter.</summary>
    Extension,
}
