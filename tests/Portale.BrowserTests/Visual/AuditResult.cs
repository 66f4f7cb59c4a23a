namespace Portale.BrowserTests.Visual;

/// <summary>What screen-audit.js answers: the problems found and the checkboxes and radios it tagged.</summary>
public sealed class AuditResult
{
    public List<string> Problems { get; init; } = [];

    public List<AuditBox> Boxes { get; init; } = [];
}
