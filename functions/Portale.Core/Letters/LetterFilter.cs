namespace Portale.Core.Letters;

/// <summary>Server-side filters of a section list: Tipo servizio, Destinatario principale, Cerca.</summary>
public sealed record LetterFilter(ServiceType? ServiceType = null, Recipient? Recipient = null, string? Text = null)
{
    public bool Matches(Letter letter) =>
        (ServiceType is not { } s || letter.Fields.ServiceType == s)
        && (Recipient is not { } r || letter.Recipient == r)
        && (
            string.IsNullOrEmpty(Text)
                || LetterText.Of(letter).Any(v => v.Contains(Text, StringComparison.OrdinalIgnoreCase)));
}
