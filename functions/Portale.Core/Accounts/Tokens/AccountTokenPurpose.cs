namespace Portale.Core.Accounts.Tokens;

public enum AccountTokenPurpose
{
    ConfirmRegistration,
    ConfirmMobileChange,
}
