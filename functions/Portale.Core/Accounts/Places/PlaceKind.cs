namespace Portale.Core.Accounts.Places;

public enum PlaceKind
{
    Comune,
    ForeignState,
}
