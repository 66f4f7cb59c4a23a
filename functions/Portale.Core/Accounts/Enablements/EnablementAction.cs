namespace Portale.Core.Accounts.Enablements;

/// <summary>What a signed modulo asked: abilitazione or disabilitazione of a referent for a company.</summary>
public enum EnablementAction
{
    Enable,
    Disable,
}
