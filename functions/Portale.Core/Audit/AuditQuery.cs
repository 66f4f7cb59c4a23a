namespace Portale.Core.Audit;

/// <summary>
/// A page of one day's audit chain as asked: <c>day</c> (yyyy-mm-dd, Rome; today when absent),
/// <c>chain</c> (<c>done</c>: actions; <c>refused</c>: refused calls), <c>action</c>, <c>actor</c>,
/// <c>pageSize</c>, <c>cursor</c>.
/// </summary>
public sealed record AuditQuery(DateOnly Day, AuditOutcome Chain, AuditFilter Filter, PageRequest Page)
{
    /// <summary>What a cursor of this query is bound to.</summary>
    public string Fingerprint => FingerprintOf(Day, Chain, Filter, Page.Size);

    public static readonly IReadOnlyList<string> Chains = ["done", "refused"];

    public static AuditQuery Parse(Func<string, string?> value, DateOnly today)
    {
        var errors = new ValidationErrors();
        var day = QueryValues.Date(value("day"), "day", "Giorno", errors) ?? today;
        var chain = QueryValues.OneOf(value("chain"), "chain", "Registro", Chains, errors) == "refused"
            ? AuditOutcome.Refused
            : AuditOutcome.Done;
        var filter = new AuditFilter(
            QueryValues.Text(value("action"), "action", "Azione", errors),
            QueryValues.Text(value("actor"), "actor", "Autore", errors));
        errors.ThrowIfAny();
        var page = PageRequestParser.Parse(
            value("pageSize"), value("cursor"), size => FingerprintOf(day, chain, filter, size), keyed: true);
        return new AuditQuery(day, chain, filter, page);
    }

    private static string FingerprintOf(DateOnly day, AuditOutcome chain, AuditFilter filter, int size) =>
        $"audit|{day:yyyy-MM-dd}|{chain}|{filter.Fingerprint}|{size}";
}
