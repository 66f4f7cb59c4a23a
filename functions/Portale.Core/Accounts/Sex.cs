namespace Portale.Core.Accounts;

public enum Sex
{
    M,
    F,
}
