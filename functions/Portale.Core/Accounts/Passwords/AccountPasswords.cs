namespace Portale.Core.Accounts.Passwords;

/// <summary>
/// The account's credentials: the password the user chose (PBKDF2) and, apart from it, the emailed
/// temporary password (a keyed hash: it is random, long and short-lived). A new password is checked
/// against the policy, the last three and the temporary one, and stored with its history; storing it
/// ends the user's other sessions.
/// </summary>
public sealed class AccountPasswords(
    IUserStore users, PasswordHasher hasher, AccountSecrets secrets, SessionService sessions,
    AccountSecurityOptions options, AccountMessenger messenger, TimeProvider clock)
{
    public const int History = 3;
    public const string Mismatch = "Le password inserite non coincidono";
    public const string WrongCurrent = "La password attuale non è corretta";
    public const string Invalid = "La nuova password non rispetta i requisiti";

    // Verifying an unknown user's password costs the same as a known one's.
    private readonly Lazy<string> dummyHash = new(() => hasher.Hash(SecretCodes.NewId()));

    /// <summary>Which credential <paramref name="password"/> is; the same work whatever the account.</summary>
    public PasswordMatch Match(UserAccount? user, string? password)
    {
        var candidate = password ?? string.Empty;
        var current = hasher.Verify(candidate, user?.PasswordHash ?? dummyHash.Value) && user?.PasswordHash is not null;
        var temporaryHash = TemporaryHash(user?.Id ?? string.Empty, candidate);
        var temporary = user?.TemporaryPasswordHash is { } stored && SecretCodes.SameHash(temporaryHash, stored);
        return current ? PasswordMatch.Current
            : !temporary ? PasswordMatch.None
            : user!.TemporaryPasswordExpiresAt > clock.GetUtcNow() ? PasswordMatch.Temporary
            : PasswordMatch.TemporaryExpired;
    }

    /// <summary>The account with a new temporary password, valid <see cref="AccountSecurityOptions.TemporaryPasswordLifetime"/>.</summary>
    public UserAccount WithTemporary(UserAccount user, string temporary) => user with
    {
        TemporaryPasswordHash = TemporaryHash(user.Id, temporary),
        TemporaryPasswordExpiresAt = clock.GetUtcNow() + options.TemporaryPasswordLifetime,
    };

    /// <summary>Checks a new password (422 with the reasons by field) and returns its hash, storing nothing.</summary>
    public string Prepare(UserAccount user, string? newPassword, string? confirmPassword)
    {
        var errors = new Dictionary<string, string[]>();
        var context = new PasswordContext(user.Username, user.FirstName, user.LastName);
        var policy = PasswordPolicy.Validate(newPassword, context, p => IsRecent(user, p));
        if (policy.Count > 0)
        {
            errors["newPassword"] = [.. policy];
        }
        if (newPassword != confirmPassword)
        {
            errors["confirmPassword"] = [Mismatch];
        }
        if (errors.Count > 0)
        {
            throw RefusalException.Invalid("password-invalid", Invalid, errors);
        }
        return hasher.Hash(newPassword!);
    }

    /// <summary>
    /// Stores a password <see cref="Prepare"/>d: the temporary one is used up, every session of the user
    /// but <paramref name="keepSessionKey"/> ends, and the user is told by email.
    /// </summary>
    public async Task<UserAccount> CommitAsync(
        UserAccount user, string hash, string? keepSessionKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var saved = await users.ApplyAsync(user.Id, u => u with
        {
            PasswordHash = hash,
            RecentPasswordHashes = [hash, .. u.RecentPasswordHashes.Take(History - 1)],
            PasswordChangedAt = now,
            TemporaryPasswordHash = null,
            TemporaryPasswordExpiresAt = null,
        }, cancellationToken) ?? throw new InvalidOperationException("Account vanished during a password change.");
        await sessions.EndAllAsync(user.Id, cancellationToken, keepSessionKey);
        await messenger.EmailAsync(saved, AccountEmails.PasswordChanged(saved.Username), cancellationToken);
        return saved;
    }

    public Task<UserAccount> ChangeAsync(
        UserAccount user, string? newPassword, string? confirmPassword, string? keepSessionKey,
        CancellationToken cancellationToken) =>
        CommitAsync(user, Prepare(user, newPassword, confirmPassword), keepSessionKey, cancellationToken);

    private bool IsRecent(UserAccount user, string candidate) =>
        user.RecentPasswordHashes.Append(user.PasswordHash).OfType<string>().Distinct().Any(h =>
            hasher.Verify(candidate, h))
        || user.TemporaryPasswordHash is { } temporary && SecretCodes.SameHash(TemporaryHash(user.Id, candidate), temporary);

    private string TemporaryHash(string userId, string password) =>
        SecretCodes.KeyedHash(secrets.TemporaryPasswordKey, userId + ":" + password);
}
