namespace Portale.Core.Calendar;

/// <summary>Why a proroga (manual 6.2.1) cannot be granted.</summary>
public enum ExtensionRefusal
{
    AlreadyExtended,
    SpecialProcedure,
    PublishedBefore2025,
    TermAtMaximum,
    OutOfRange,
}
