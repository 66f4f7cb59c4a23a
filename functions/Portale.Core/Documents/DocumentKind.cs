namespace Portale.Core.Documents;

/// <summary>The kind of a named document, from the first letter of its name.</summary>
public enum DocumentKind
{
    /// <summary>Lettera from the Sportello, <c>L-</c>.</summary>
    Letter,

    /// <summary>Risposta from the company, <c>R-</c>.</summary>
    Answer,

    /// <summary>Sollecito from the Sportello, <c>S-</c>.</summary>
    Reminder,
}
