namespace Portale.Core.Accounts.Lifecycle;

public sealed class LifecycleReport
{
    public int Warned { get; set; }
    public int Deactivated { get; set; }
    public int PasswordsExpired { get; set; }
}
