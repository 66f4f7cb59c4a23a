namespace Portale.Core.Letters;

/// <summary>The sector that drives reminders (energy one, water two) and the completeness classification.</summary>
public enum Sector
{
    Energy,
    Water,
}
