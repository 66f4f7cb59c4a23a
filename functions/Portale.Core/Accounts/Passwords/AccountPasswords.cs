namespace Portale.Core.Accounts.Passwords;

/// <summary>Checks a new password against the policy and the last three, and stores it with its history.</summary>
public sealed class AccountPasswords(
    IUserStore users, PasswordHasher hasher, AccountMessenger messenger, TimeProvider clock)
{
    public const int History = 3;
    public const string Mismatch = "Le password inserite non coincidono";
    public const string WrongCurrent = "La password attuale non è corretta";
    public const string Invalid = "La nuova password non rispetta i requisiti";

    // Verifying an unknown user's password costs the same as a known one's.
    private readonly Lazy<string> dummyHash = new(() => hasher.Hash(SecretCodes.NewId()));

    public bool Verify(UserAccount? user, string? password) =>
        hasher.Verify(
            password ?? string.Empty, user?.PasswordHash ?? dummyHash.Value) && user?.PasswordHash is not null;

    public string HashTemporary(string password) => hasher.Hash(password);

    public async Task<UserAccount> ChangeAsync(
        UserAccount user, string? newPassword, string? confirmPassword, CancellationToken cancellationToken)
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
        var hash = hasher.Hash(newPassword!);
        var now = clock.GetUtcNow();
        var saved = await users.ApplyAsync(user.Id, u => u with
        {
            PasswordHash = hash,
            RecentPasswordHashes = [hash, .. u.RecentPasswordHashes.Take(History - 1)],
            PasswordChangedAt = now,
            MustChangePassword = false,
        }, cancellationToken) ?? throw new InvalidOperationException("Account vanished during a password change.");
        await messenger.EmailAsync(saved, AccountEmails.PasswordChanged(saved.Username), cancellationToken);
        return saved;
    }

    private bool IsRecent(UserAccount user, string candidate) =>
        user.RecentPasswordHashes.Append(user.PasswordHash).OfType<string>().Distinct().Any(h =>
            hasher.Verify(candidate, h));
}
