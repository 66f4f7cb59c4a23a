namespace Portale.Core.Uploads;

public enum AnswerSlot
{
    /// <summary>The letter's first answer (section 2 → section 5).</summary>
    First,

    /// <summary>The one further answer, replacing the first within 72 hours (manual 6.5).</summary>
    Replacement,
}
