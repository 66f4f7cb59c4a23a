namespace Portale.Core.Refusals;

/// <summary>How a refused request should be answered; the HTTP layer maps these to status codes.</summary>
public enum RefusalKind
{
    Invalid,
    NotFound,
    Conflict,
}
