namespace Portale.Core.Audit;

/// <summary>
/// The name of every staff action the audit records (<see cref="AuditRecord.Action"/>). Kebab-case,
/// stable: programs filter on them. A new staff action adds its name here.
/// </summary>
public static class AuditActions
{
    public const string CompanySaved = "company-saved";
    public const string UserEnabled = "user-enabled";
    public const string UserDisabled = "user-disabled";
    public const string UserUnlocked = "user-unlocked";
    public const string UserReactivated = "user-reactivated";

    /// <summary>The help desk opens a change of mobile the old number cannot confirm (issue 12).</summary>
    public const string MobileChangeApproved = "mobile-change-approved";
    public const string NoticeSaved = "notice-saved";
    public const string NoticeDeleted = "notice-deleted";
    public const string AnswerClassified = "answer-classified";
    public const string LetterStaged = "letter-staged";
    public const string ReminderStaged = "reminder-staged";
    public const string LetterWithdrawn = "letter-withdrawn";
    public const string ReminderWithdrawn = "reminder-withdrawn";

    /// <summary>Outages and off-line days (chapter 9), recorded by the back office.</summary>
    public const string OutageSaved = "outage-saved";

    /// <summary>The Sportello records, for a company, the answers it could not upload during an outage.</summary>
    public const string OutageReportRecorded = "outage-report-recorded";

    /// <summary>A state-changing staff call with no record of its own: named after its function.</summary>
    public const string Unnamed = "staff-call";

    /// <summary>A call refused for want of a valid token or of a role the route accepts.</summary>
    public const string AccessRefused = "access-refused";
}
