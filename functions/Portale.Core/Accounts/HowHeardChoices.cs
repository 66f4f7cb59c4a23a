namespace Portale.Core.Accounts;

/// <summary>The answers to "Come sei venuto a conoscenza del servizio?", in the manual's order (ch. 2).</summary>
public static class HowHeardChoices
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Contact Center autorità",
        "Sito Autorità",
        "Bolletta",
        "Contratto fornitura",
        "Sito internet Operatore",
        "Risposta Operatore",
        "TV",
        "Radio",
        "Stampa",
        "Internet/blog",
        "Associazione Consumatori/categoria",
        "Passaparola",
        "Facebook",
        "Altro",
    ];

    public static bool IsValid(string? choice) => choice is not null && All.Contains(choice, StringComparer.Ordinal);
}
