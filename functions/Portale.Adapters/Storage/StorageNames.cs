namespace Portale.Adapters.Storage;

/// <summary>Every table and container the portal uses, in one place (Bicep creates the same ones).</summary>
public static class StorageNames
{
    public const string IncomingContainer = "incoming";
    public const string IncomingPoisonContainer = "incoming-poison";
    public const string DocumentsContainer = "documents";
    public const string ReportsContainer = "reports";

    /// <summary>Write-once copies of the audit records (in Azure under a time-based retention policy).</summary>
    public const string AuditContainer = "audit";

    public const string NoticesTable = "notices";
    public const string JobsTable = "jobs";
    public const string SessionsTable = "sessions";
    public const string EnablementsTable = "enablements";
    public const string CompaniesTable = "companies";
    public const string CompanyLettersTable = "companyletters";
    public const string StagedLettersTable = "stagedletters";
    public const string UsersTable = "users";
    public const string MobilesTable = "mobiles";
    public const string AccountTokensTable = "accounttokens";
    public const string SignInChallengesTable = "signinchallenges";
    public const string SignInAttemptsTable = "signinattempts";
    public const string CaptchaLedgerTable = "captchaledger";
    public const string NotificationLedgerTable = "notificationledger";
    public const string OutboxTable = "outbox";
    public const string UploadsTable = "uploads";
    public const string FailedUploadsTable = "failedsends";
    public const string CommunicationsTable = "communications";
    public const string AuditTable = "audit";
    public const string ChangeFeedTable = "changefeed";
    public const string OutagesTable = "outages";
    public const string OutageReportsTable = "outagereports";
    public const string ApiClientsTable = "apiclients";
    public const string ClientCallsTable = "clientcalls";
    public const string WebhooksTable = "webhooks";
    public const string ReceiptsTable = "receipts";

    /// <summary>Development only: the local receipt keys (in Azure they are in Key Vault).</summary>
    public const string ReceiptKeysTable = "receiptkeys";
    public const string DashboardTable = "dashboard";
    public const string UserSearchTable = "usersearch";
    public const string EnablementLogTable = "enablementlog";

    public static readonly IReadOnlyList<string> Containers =
        [IncomingContainer, IncomingPoisonContainer, DocumentsContainer, ReportsContainer, AuditContainer];

    public static readonly IReadOnlyList<string> Tables =
    [
        NoticesTable, JobsTable, SessionsTable, EnablementsTable,
        UsersTable, MobilesTable, AccountTokensTable, SignInChallengesTable, SignInAttemptsTable,
        CaptchaLedgerTable, NotificationLedgerTable, OutboxTable,
        CompaniesTable, CompanyLettersTable, StagedLettersTable,
        UploadsTable, FailedUploadsTable, CommunicationsTable, AuditTable, ChangeFeedTable, OutagesTable,
        OutageReportsTable, ApiClientsTable, ClientCallsTable, WebhooksTable, ReceiptsTable, ReceiptKeysTable, DashboardTable,
        UserSearchTable, EnablementLogTable,
    ];
}
