namespace Portale.Core.Accounts.Users;

/// <summary>An operator user's account (manual ch. 2–5). <see cref="Id"/> is the username in lower case.</summary>
public sealed record UserAccount
{
    public required string Id { get; init; }
    public required string Username { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required string Email { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required Sex Sex { get; init; }
    public required string BirthplaceCode { get; init; }
    public required string FiscalCode { get; init; }

    /// <summary>E.164.</summary>
    public required string Mobile { get; init; }

    public string? Landline { get; init; }
    public required string HowHeard { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public AccountStatus Status { get; init; }

    /// <summary>Five wrong OTP codes in a row: only the help desk unlocks.</summary>
    public bool Locked { get; init; }

    public int FailedOtpAttempts { get; init; }
    public string? PasswordHash { get; init; }

    /// <summary>Hashes of the last three passwords the user chose, newest first.</summary>
    public IReadOnlyList<string> RecentPasswordHashes { get; init; } = [];

    public DateTimeOffset? PasswordChangedAt { get; init; }

    /// <summary>
    /// Keyed hash of the temporary password emailed at activation or by a recovery, kept apart from
    /// <see cref="PasswordHash"/>: the password keeps working until the temporary one is used, once,
    /// before <see cref="TemporaryPasswordExpiresAt"/>.
    /// </summary>
    public string? TemporaryPasswordHash { get; init; }

    public DateTimeOffset? TemporaryPasswordExpiresAt { get; init; }

    /// <summary>The last password recovery requested: for a while after it, a change of mobile needs the help desk.</summary>
    public DateTimeOffset? LastRecoveryAt { get; init; }

    /// <summary>Last sign-in (or activation, or reactivation): the idle clock starts here.</summary>
    public DateTimeOffset? LastActivityAt { get; init; }

    /// <summary>A valid video identification for the Servizio Conciliazione is on the profile.</summary>
    public bool VideoIdentified { get; init; }

    /// <summary>The user confirmed a change of mobile: the next sign-in asks for the new number.</summary>
    public bool MobileChangeRequired { get; init; }

    /// <summary>When the change of mobile was confirmed by its link: the cooling-off period counts from here.</summary>
    public DateTimeOffset? MobileChangeRequestedAt { get; init; }

    /// <summary>The old number confirmed the change with a code, or the help desk approved it.</summary>
    public bool MobileChangeCleared { get; init; }

    /// <summary>A code sent to <see cref="Mobile"/> came back: the number is this person's and claimed for them.</summary>
    public bool MobileVerified { get; init; }

    /// <summary>Optimistic concurrency tag of the stored row; null for a new account.</summary>
    public string? Version { get; init; }
}
