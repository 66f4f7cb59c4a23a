namespace Portale.BrowserTests.Visual;

/// <summary>A checkbox or radio: where to click it (X, Y from the top-left of what draws it) and its drawn size.</summary>
public sealed class AuditBox
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public float X { get; init; }

    public float Y { get; init; }

    public float W { get; init; }

    public float H { get; init; }
}
