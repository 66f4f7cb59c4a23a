namespace Portale.Core.Calendar;

/// <summary>Why a further answer cannot replace the first one (manual 6.5).</summary>
public enum AnswerReplacementRefusal
{
    AlreadyReplaced,
    WindowClosed,
}
