namespace Portale.Core.Sportello;

public enum LetterTallyKind
{
    /// <summary>A TO letter not answered yet, counted on its deadline day.</summary>
    Open,

    /// <summary>A letter classified «assente», counted in the month of the classification.</summary>
    Absent,

    /// <summary>A TO letter answered, counted in the month of Data Risposta with its working days to answer.</summary>
    Answered,
}
