namespace Portale.Core.Notices;

public enum NoticeKind
{
    Information,
    PlannedIntervention,
    UnplannedIntervention,
}
