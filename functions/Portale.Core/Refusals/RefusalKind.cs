namespace Portale.Core.Refusals;

/// <summary>
/// What kind of refusal a request met. The core never holds an HTTP status: the HTTP layer maps each
/// kind to one status in one place (<c>Portale.Functions.Problems.RefusalStatus</c>).
/// </summary>
public enum RefusalKind
{
    /// <summary>The request's values break a rule; <see cref="RefusalException.Errors"/> says which field.</summary>
    Validation,

    /// <summary>The request is malformed (a body that is not JSON, a wrong or expired code).</summary>
    BadRequest,

    /// <summary>No valid session, challenge or credentials.</summary>
    Unauthenticated,

    /// <summary>Known caller, but not allowed to do this.</summary>
    Forbidden,

    NotFound,

    /// <summary>The state of the resource does not allow it (already done, wrong step, taken).</summary>
    Conflict,

    /// <summary>The resource existed and is gone for good.</summary>
    Gone,

    PayloadTooLarge,

    UnsupportedMediaType,

    /// <summary>The account is locked (too many wrong codes) until the help desk unlocks it.</summary>
    Locked,

    /// <summary>Too many attempts; <see cref="RefusalException.RetryAfter"/> says when to try again.</summary>
    TooManyRequests,

    /// <summary>
    /// The portal is closed for now (maintenance); <see cref="RefusalException.RetryAfter"/> says until when.
    /// </summary>
    Unavailable,
}
