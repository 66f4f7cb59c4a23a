namespace Portale.Core.Letters;

/// <summary>The rules the portal applies by itself, on a timer, to the letters still waiting for an answer.</summary>
public enum LetterTimeRule
{
    /// <summary>«assente» after the 15th working day past the deadline (<see cref="LetterAgeing"/>).</summary>
    Ageing,

    /// <summary>The automatic solleciti (<see cref="Reminders.AutomaticReminders"/>).</summary>
    Reminders,
}
