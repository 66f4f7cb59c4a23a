namespace Portale.Core.Audit;

/// <summary>Narrows a day's audit records: by action (<see cref="AuditActions"/>) and by who (name or id).</summary>
public sealed record AuditFilter(string? Action, string? Actor)
{
    public static AuditFilter None { get; } = new(null, null);

    public string Fingerprint => $"{Action}|{Actor}";
}
