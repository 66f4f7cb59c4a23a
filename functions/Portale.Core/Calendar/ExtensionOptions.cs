namespace Portale.Core.Calendar;

/// <summary>The proroga drop-down: the choices in working days, or why there are none.</summary>
public sealed record ExtensionOptions(IReadOnlyList<int> Choices, ExtensionRefusal? Refusal)
{
    public bool IsAllowed => Refusal is null;
}
